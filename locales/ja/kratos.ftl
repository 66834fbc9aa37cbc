### Kratos UI messages, Japanese (日本語、です・ます調 / polite desu-masu form).
###
### One entry per message id defined in Ory Kratos v1.3.1 `text/id.go`
### (labels 1070xxx, info 10xxxxx, errors 4xxxxxx and 5xxxxxx); the entry name is
### `kratos-<numeric id>`. The comment above each entry gives the Kratos constant
### name and the keys of the message's `context`.
###
### Placeholders: every `context` key of the Kratos message is passed as a Fluent
### variable of the same name. Strings arrive as strings, numbers as numbers,
### arrays are joined with ", " into one string, nested objects are not passed.
### Time values (expiry, "used at", "added at") are deliberately not shown.
###
### An id that is missing here falls back to Kratos's own
### English `text` at runtime (i.e. the user sees English).

# InfoSelfServiceLoginRoot; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1010000 = ログイン

# InfoSelfServiceLogin; context: none
kratos-1010001 = ログイン

# InfoSelfServiceLoginWith; context: provider (string), provider_id (string)
kratos-1010002 = { $provider }でログイン

# InfoSelfServiceLoginReAuth; context: none
kratos-1010003 = この操作を確定するには、ご本人であることを確認してください。

# InfoSelfServiceLoginMFA; context: none
kratos-1010004 = 2段階認証を完了してください。

# InfoSelfServiceLoginVerify; context: none
kratos-1010005 = 確認

# InfoSelfServiceLoginTOTPLabel; context: none
kratos-1010006 = 認証アプリのコード

# InfoLoginLookupLabel; context: none
kratos-1010007 = バックアップコード

# InfoSelfServiceLoginWebAuthn; context: none
kratos-1010008 = セキュリティキーでログイン

# InfoLoginTOTP; context: none
kratos-1010009 = 認証アプリを使用

# InfoLoginLookup; context: none
kratos-1010010 = バックアップコードを使用

# InfoSelfServiceLoginContinueWebAuthn; context: none
kratos-1010011 = セキュリティキーでログイン

# InfoSelfServiceLoginWebAuthnPasswordless; context: none
kratos-1010012 = セキュリティキーまたは生体認証デバイス（指紋リーダーなど）を用意してから、「続行」を選択してください。

# InfoSelfServiceLoginContinue; context: none
kratos-1010013 = 続行

# InfoSelfServiceLoginEmailWithCodeSent; context: none
kratos-1010014 = 入力されたメールアドレスにコードを送信しました。届かない場合は、アドレスに入力ミスがないか確認して、もう一度ログインをお試しください。

# InfoSelfServiceLoginCode; context: none
kratos-1010015 = ログインコードを送信

# InfoSelfServiceLoginLink; context: duplicateIdentifier (string), duplicate_identifier (string), provider (string), newLoginUrl (string), new_login_url (string), available_credential_types (array), available_providers (array)
kratos-1010016 = メールアドレス「{ $duplicate_identifier }」は、既存のアカウントですでに使用されています。下のいずれかの方法で、そのアカウントにログインしてください。ログインすると、{ $provider }のアカウントが新しいログイン方法として追加されます。

# InfoSelfServiceLoginAndLink; context: none
kratos-1010017 = ログインして連携

# InfoSelfServiceLoginWithAndLink; context: provider (string)
kratos-1010018 = { $provider }で確認

# InfoSelfServiceLoginCodeMFA; context: none
kratos-1010019 = コードを受け取って続行

# InfoSelfServiceLoginCodeMFAHint; context: none (declared but not emitted by Kratos v1.3.1)
kratos-1010020 = このアドレスがご自身のものであることを確認するため、アドレスを省略せずに入力してください。

# InfoSelfServiceLoginPasskey; context: none
kratos-1010021 = パスキーでログイン

# InfoSelfServiceLoginPassword; context: none
kratos-1010022 = パスワードでログイン

# InfoSelfServiceLoginAAL2CodeAddress; context: address (string), channel (string: email or sms)
kratos-1010023 = { $address }にコードを送信

# InfoSelfServiceLogout; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1020000 = ログアウト

# InfoSelfServiceMFA; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1030000 = 追加の認証

# InfoSelfServiceRegistrationRoot; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1040000 = 新規登録

# InfoSelfServiceRegistration; context: none
kratos-1040001 = 新規登録

# InfoSelfServiceRegistrationWith; context: provider (string), provider_id (string)
kratos-1040002 = { $provider }で新規登録

# InfoSelfServiceRegistrationContinue; context: none
kratos-1040003 = 続行

# InfoSelfServiceRegistrationRegisterWebAuthn; context: none
kratos-1040004 = セキュリティキーで新規登録

# InfoSelfServiceRegistrationEmailWithCodeSent; context: none
kratos-1040005 = 入力されたメールアドレスにコードを送信しました。届かない場合は、アドレスに入力ミスがないか確認して、もう一度新規登録をお試しください。

# InfoSelfServiceRegistrationRegisterCode; context: none
kratos-1040006 = 登録コードを送信

# InfoSelfServiceRegistrationRegisterPasskey; context: none
kratos-1040007 = パスキーで新規登録

# InfoSelfServiceRegistrationBack; context: none
kratos-1040008 = 戻る

# InfoSelfServiceRegistrationChooseCredentials; context: none
kratos-1040009 = ログイン方法を選んでください。

# InfoSelfServiceSettings; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1050000 = アカウント設定

# InfoSelfServiceSettingsUpdateSuccess; context: none
kratos-1050001 = 変更を保存しました。

# InfoSelfServiceSettingsUpdateLinkOidc; context: provider (string)
kratos-1050002 = { $provider }と連携

# InfoSelfServiceSettingsUpdateUnlinkOidc; context: provider (string)
kratos-1050003 = { $provider }との連携を解除

# InfoSelfServiceSettingsUpdateUnlinkTOTP; context: none
kratos-1050004 = 認証アプリを削除

# InfoSelfServiceSettingsTOTPQRCode; context: none
kratos-1050005 = 認証アプリ用のQRコード

# InfoSelfServiceSettingsTOTPSecret; context: secret (string); shown in a text node, passthrough
kratos-1050006 = { $secret }

# InfoSelfServiceSettingsRevealLookup; context: none
kratos-1050007 = バックアップコードを表示

# InfoSelfServiceSettingsRegenerateLookup; context: none
kratos-1050008 = 新しいバックアップコードを作成

# InfoSelfServiceSettingsLookupSecret; context: secret (string); one backup code, passthrough
kratos-1050009 = { $secret }

# InfoSelfServiceSettingsLookupSecretLabel; context: none
kratos-1050010 = バックアップコードは次のとおりです。安全な場所に保管してください。

# InfoSelfServiceSettingsLookupConfirm; context: none
kratos-1050011 = バックアップコードを確定

# InfoSelfServiceSettingsRegisterWebAuthn; context: none
kratos-1050012 = セキュリティキーを追加

# InfoSelfServiceSettingsRegisterWebAuthnDisplayName; context: none
kratos-1050013 = セキュリティキーの名前

# InfoSelfServiceSettingsLookupSecretUsed; context: used_at (time as RFC 3339 string), used_at_unix (number)
kratos-1050014 = 使用済み

# InfoSelfServiceSettingsLookupSecretList; context: secrets (array of objects: nested 1050009/1050014 messages); passthrough, best rendered item by item
kratos-1050015 = { $secrets }

# InfoSelfServiceSettingsDisableLookup; context: none
kratos-1050016 = この方法を無効にする

# InfoSelfServiceSettingsTOTPSecretLabel; context: none
kratos-1050017 = QRコードをスキャンできない場合は、代わりにこのキーを認証アプリに入力してください。

# InfoSelfServiceSettingsRemoveWebAuthn; context: display_name (string), added_at (time as RFC 3339 string), added_at_unix (number)
kratos-1050018 = セキュリティキー「{ $display_name }」を削除

# InfoSelfServiceSettingsRegisterPasskey; context: none
kratos-1050019 = パスキーを追加

# InfoSelfServiceSettingsRemovePasskey; context: display_name (string), added_at (time as RFC 3339 string), added_at_unix (number)
kratos-1050020 = パスキー「{ $display_name }」を削除

# InfoSelfServiceRecovery; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1060000 = アカウントの復旧

# InfoSelfServiceRecoverySuccessful; context: privilegedSessionExpiresAt (time as RFC 3339 string), privileged_session_expires_at (time as RFC 3339 string), privileged_session_expires_at_unix (number)
kratos-1060001 = アカウントを復旧しました。今すぐ新しいパスワードを設定するか、別のログイン方法（外部サービスのアカウントなど）を追加してください。この操作を行えるのは短時間だけです。

# InfoSelfServiceRecoveryEmailSent; context: none
kratos-1060002 = 入力されたメールアドレスに復旧用のリンクを送信しました。届かない場合は、アドレスに入力ミスがないか、登録時のアドレスと同じかを確認してください。

# InfoSelfServiceRecoveryEmailWithCodeSent; context: none
kratos-1060003 = 入力されたメールアドレスに復旧コードを送信しました。届かない場合は、アドレスに入力ミスがないか、登録時のアドレスと同じかを確認してください。

# InfoNodeLabel; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1070000 = 項目

# InfoNodeLabelInputPassword; context: none
kratos-1070001 = パスワード

# InfoNodeLabelGenerated; context: title (string: title from the identity schema); passthrough
kratos-1070002 = { $title }

# InfoNodeLabelSave; context: none
kratos-1070003 = 保存

# InfoNodeLabelID; context: none
kratos-1070004 = ID

# InfoNodeLabelSubmit; context: none
kratos-1070005 = 送信

# InfoNodeLabelVerifyOTP; context: none
kratos-1070006 = コードを確認

# InfoNodeLabelEmail; context: none
kratos-1070007 = メールアドレス

# InfoNodeLabelResendOTP; context: none
kratos-1070008 = コードを再送信

# InfoNodeLabelContinue; context: none
kratos-1070009 = 続行

# InfoNodeLabelRecoveryCode; context: none
kratos-1070010 = 復旧コード

# InfoNodeLabelVerificationCode; context: none
kratos-1070011 = 確認コード

# InfoNodeLabelRegistrationCode; context: none
kratos-1070012 = 登録コード

# InfoNodeLabelLoginCode; context: none
kratos-1070013 = ログインコード

# InfoNodeLabelLoginAndLinkCredential; context: none
kratos-1070014 = ログインしてアカウントを連携

# InfoNodeLabelCaptcha; context: none
kratos-1070015 = 続行するには、CAPTCHAを完了してください。

# InfoSelfServiceVerification; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1080000 = アドレスの確認

# InfoSelfServiceVerificationEmailSent; context: none
kratos-1080001 = 入力されたメールアドレスに確認用のリンクを送信しました。届かない場合は、アドレスに入力ミスがないか、登録時のアドレスと同じかを確認してください。

# InfoSelfServiceVerificationSuccessful; context: none
kratos-1080002 = メールアドレスの確認が完了しました。

# InfoSelfServiceVerificationEmailWithCodeSent; context: none
kratos-1080003 = 入力されたメールアドレスに確認コードを送信しました。届かない場合は、アドレスに入力ミスがないか、登録時のアドレスと同じかを確認してください。

# ErrorValidation; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4000000 = 入力内容を確認してください。

# ErrorValidationGeneric; context: reason (string: English text from Kratos, not shown: it is not Japanese)
kratos-4000001 = 入力された値は無効です。入力内容を確認してください。

# ErrorValidationRequired; context: property (string: name of the missing field, not shown: the message sits under the field and the error summary names its label)
kratos-4000002 = この項目を入力してください。

# ErrorValidationMinLength; context: min_length (number), actual_length (number)
kratos-4000003 = { $min_length }文字以上で入力してください（入力された文字数：{ $actual_length }）。

# ErrorValidationInvalidFormat; context: pattern (string: regular expression)
kratos-4000004 = 入力された値の形式が正しくありません（パターン：{ $pattern }）。

# ErrorValidationPasswordPolicyViolationGeneric; context: reason (string: English text from Kratos, not shown: it is not Japanese)
kratos-4000005 = このパスワードは使用できません。別のパスワードを選んでください。

# ErrorValidationInvalidCredentials; context: none
kratos-4000006 = ログイン情報が正しくありません。パスワードと、ユーザー名、メールアドレス、または電話番号に入力ミスがないか確認してください。

# ErrorValidationDuplicateCredentials; context: none
kratos-4000007 = このメールアドレス、電話番号、またはユーザー名のアカウントはすでに存在します。

# ErrorValidationTOTPVerifierWrong; context: none
kratos-4000008 = 認証アプリのコードが正しくありません。もう一度お試しください。

# ErrorValidationIdentifierMissing; context: none
kratos-4000009 = ログインID（メールアドレスやユーザー名など）が見つかりませんでした。入力したかどうか確認してください。入力済みの場合は、サーバーの設定に誤りがある可能性があります。

# ErrorValidationAddressNotVerified; context: none
kratos-4000010 = アカウントはまだ有効になっていません。メールアドレスの確認はお済みですか？

# ErrorValidationNoTOTPDevice; context: none
kratos-4000011 = 認証アプリが設定されていません。

# ErrorValidationLookupAlreadyUsed; context: none
kratos-4000012 = このバックアップコードはすでに使用されています。

# ErrorValidationNoWebAuthnDevice; context: none
kratos-4000013 = セキュリティキーが設定されていません。

# ErrorValidationNoLookup; context: none
kratos-4000014 = バックアップコードが設定されていません。

# ErrorValidationSuchNoWebAuthnUser; context: none
kratos-4000015 = このアカウントは存在しないか、セキュリティキーが設定されていません。

# ErrorValidationLookupInvalid; context: none
kratos-4000016 = このバックアップコードは無効です。

# ErrorValidationMaxLength; context: max_length (number), actual_length (number)
kratos-4000017 = { $max_length }文字以内で入力してください（入力された文字数：{ $actual_length }）。

# ErrorValidationMinimum; context: minimum (number), actual (number)
kratos-4000018 = { $minimum }以上の値を入力してください（入力値：{ $actual }）。

# ErrorValidationExclusiveMinimum; context: minimum (number), actual (number)
kratos-4000019 = { $minimum }より大きい値を入力してください（入力値：{ $actual }）。

# ErrorValidationMaximum; context: maximum (number), actual (number)
kratos-4000020 = { $maximum }以下の値を入力してください（入力値：{ $actual }）。

# ErrorValidationExclusiveMaximum; context: maximum (number), actual (number)
kratos-4000021 = { $maximum }未満の値を入力してください（入力値：{ $actual }）。

# ErrorValidationMultipleOf; context: base (number), actual (number)
kratos-4000022 = { $base }の倍数を入力してください（入力値：{ $actual }）。

# ErrorValidationMaxItems; context: max_items (number), actual_items (number)
kratos-4000023 = 指定できるのは{ $max_items }件までです（現在{ $actual_items }件）。

# ErrorValidationMinItems; context: min_items (number), actual_items (number)
kratos-4000024 = { $min_items }件以上指定する必要があります（現在{ $actual_items }件）。

# ErrorValidationUniqueItems; context: index_a (number), index_b (number); zero-based positions, deliberately not shown
kratos-4000025 = リストに同じ項目が複数含まれています。各項目は1回だけ指定できます。

# ErrorValidationWrongType; context: allowed_types (array of JSON type names), actual_type (string)
kratos-4000026 = この値の型が正しくありません（必要な型：{ $allowed_types }、受け取った型：{ $actual_type }）。

# ErrorValidationDuplicateCredentialsOnOIDCLink; context: none
kratos-4000027 = このメールアドレス、電話番号、またはユーザー名のアカウントはすでに存在します。外部サービスのアカウントを連携するには、まずそのアカウントにログインしてください。

# ErrorValidationDuplicateCredentialsWithHints; context: available_credential_types (array), available_oidc_providers (array), credential_identifier_hint (string, may be empty)
kratos-4000028 = 「{ $credential_identifier_hint }」は、別のアカウントですでに使用されています。そのアカウントに設定済みの方法でログインしてください。

# ErrorValidationConst; context: expected (string: the required value)
kratos-4000029 = 値は{ $expected }と完全に一致する必要があります。

# ErrorValidationConstGeneric; context: none
kratos-4000030 = 値が指定された値と一致しません。

# ErrorValidationPasswordIdentifierTooSimilar; context: none
kratos-4000031 = このパスワードはログインID（メールアドレスやユーザー名など）と似すぎているため、使用できません。

# ErrorValidationPasswordMinLength; context: min_length (number), actual_length (number)
kratos-4000032 = パスワードは{ $min_length }文字以上にしてください（現在{ $actual_length }文字）。

# ErrorValidationPasswordMaxLength; context: max_length (number), actual_length (number)
kratos-4000033 = パスワードは{ $max_length }文字以内にしてください（現在{ $actual_length }文字）。

# ErrorValidationPasswordTooManyBreaches; context: breaches (number)
kratos-4000034 = このパスワードは過去のデータ漏洩で流出したことが確認されているため、使用できません。別のパスワードを選んでください。

# ErrorValidationNoCodeUser; context: none
kratos-4000035 = このアカウントは存在しないか、コードによるログインが設定されていません。

# ErrorValidationTraitsMismatch; context: none
kratos-4000036 = 入力された情報が、この手続きの前の段階で入力された情報と一致しません。

# ErrorValidationAccountNotFound; context: none
kratos-4000037 = このアカウントは存在しないか、ログイン方法が設定されていません。

# ErrorValidationCaptchaError; context: none
kratos-4000038 = CAPTCHAの確認に失敗しました。もう一度お試しください。

# ErrorValidationLogin; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4010000 = ログインに失敗しました。入力内容を確認してください。

# ErrorValidationLoginFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4010001 = ログイン手続きの有効期限が切れました。もう一度お試しください。

# ErrorValidationLoginNoStrategyFound; context: none
kratos-4010002 = ログイン方法が見つかりませんでした。フォームに正しく入力したか確認してください。

# ErrorValidationRegistrationNoStrategyFound; context: none
kratos-4010003 = アカウントを作成する方法が見つかりませんでした。フォームに正しく入力したか確認してください。

# ErrorValidationSettingsNoStrategyFound; context: none
kratos-4010004 = 設定を更新する方法が見つかりませんでした。フォームに正しく入力したか確認してください。

# ErrorValidationRecoveryNoStrategyFound; context: none
kratos-4010005 = アカウントを復旧する方法が見つかりませんでした。フォームに正しく入力したか確認してください。

# ErrorValidationVerificationNoStrategyFound; context: none
kratos-4010006 = アカウントを確認する方法が見つかりませんでした。フォームに正しく入力したか確認してください。

# ErrorValidationLoginRetrySuccess; context: none
kratos-4010007 = このリクエストはすでに完了しているため、繰り返すことはできません。

# ErrorValidationLoginCodeInvalidOrAlreadyUsed; context: none
kratos-4010008 = このログインコードは無効か、すでに使用されています。もう一度お試しください。

# ErrorValidationLoginLinkedCredentialsDoNotMatch; context: none
kratos-4010009 = 連携しようとしているログイン情報が一致しません。

# ErrorValidationLoginAddressUnknown; context: none
kratos-4010010 = 入力されたアドレスは、このアカウントに登録されているどのアドレスとも一致しません。

# ErrorValidationRegistration; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4040000 = 新規登録に失敗しました。入力内容を確認してください。

# ErrorValidationRegistrationFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4040001 = 新規登録の手続きの有効期限が切れました。もう一度お試しください。

# ErrorValidateionRegistrationRetrySuccess; context: none
kratos-4040002 = このリクエストはすでに完了しているため、繰り返すことはできません。

# ErrorValidationRegistrationCodeInvalidOrAlreadyUsed; context: none
kratos-4040003 = この登録コードは無効か、すでに使用されています。もう一度お試しください。

# ErrorValidationSettings; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4050000 = 設定を保存できませんでした。入力内容を確認してください。

# ErrorValidationSettingsFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4050001 = 設定を変更できる時間が過ぎました。もう一度お試しください。

# ErrorValidationRecovery; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4060000 = アカウントを復旧できませんでした。入力内容を確認してください。

# ErrorValidationRecoveryRetrySuccess; context: none
kratos-4060001 = このリクエストはすでに完了しているため、繰り返すことはできません。

# ErrorValidationRecoveryStateFailure; context: none
kratos-4060002 = アカウントの復旧中に問題が発生しました。最初からやり直してください。

# ErrorValidationRecoveryMissingRecoveryToken; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4060003 = 復旧用のリンクが不完全です。アカウントの復旧を最初からやり直してください。

# ErrorValidationRecoveryTokenInvalidOrAlreadyUsed; context: none
kratos-4060004 = この復旧用のリンクは無効か、すでに使用されています。最初からやり直してください。

# ErrorValidationRecoveryFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4060005 = アカウント復旧の手続きの有効期限が切れました。もう一度お試しください。

# ErrorValidationRecoveryCodeInvalidOrAlreadyUsed; context: none
kratos-4060006 = この復旧コードは無効か、すでに使用されています。もう一度お試しください。

# ErrorValidationVerification; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4070000 = 確認できませんでした。入力内容に誤りがないか見直してください。

# ErrorValidationVerificationTokenInvalidOrAlreadyUsed; context: none
kratos-4070001 = この確認用のリンクは無効か、すでに使用されています。最初からやり直してください。

# ErrorValidationVerificationRetrySuccess; context: none
kratos-4070002 = このリクエストはすでに完了しているため、繰り返すことはできません。

# ErrorValidationVerificationStateFailure; context: none
kratos-4070003 = 確認中に問題が発生しました。最初からやり直してください。

# ErrorValidationVerificationMissingVerificationToken; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4070004 = 確認用のリンクが不完全です。確認を最初からやり直してください。

# ErrorValidationVerificationFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4070005 = 確認手続きの有効期限が切れました。もう一度お試しください。

# ErrorValidationVerificationCodeInvalidOrAlreadyUsed; context: none
kratos-4070006 = この確認コードは無効か、すでに使用されています。もう一度お試しください。

# ErrorSystem; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-5000000 = 問題が発生しました。しばらくしてから、もう一度お試しください。

# ErrorSystemGeneric; context: reason (string: English text from Kratos, not shown: it is not Japanese)
kratos-5000001 = アカウント管理サービスでエラーが発生しました。もう一度お試しください。
