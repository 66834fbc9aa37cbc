### Kratos 界面消息，简体中文（中国大陆），称呼统一使用“您”。
### 标点使用全角，拉丁字母、数字和占位符两侧留一个空格。
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
kratos-1010000 = 登录

# InfoSelfServiceLogin; context: none
kratos-1010001 = 登录

# InfoSelfServiceLoginWith; context: provider (string), provider_id (string)
kratos-1010002 = 使用 { $provider } 登录

# InfoSelfServiceLoginReAuth; context: none
kratos-1010003 = 为确认此操作，请验证是您本人。

# InfoSelfServiceLoginMFA; context: none
kratos-1010004 = 请完成第二步验证。

# InfoSelfServiceLoginVerify; context: none
kratos-1010005 = 验证

# InfoSelfServiceLoginTOTPLabel; context: none
kratos-1010006 = 身份验证器验证码

# InfoLoginLookupLabel; context: none
kratos-1010007 = 备用码

# InfoSelfServiceLoginWebAuthn; context: none
kratos-1010008 = 使用安全密钥登录

# InfoLoginTOTP; context: none
kratos-1010009 = 使用身份验证器应用

# InfoLoginLookup; context: none
kratos-1010010 = 使用备用码

# InfoSelfServiceLoginContinueWebAuthn; context: none
kratos-1010011 = 使用安全密钥登录

# InfoSelfServiceLoginWebAuthnPasswordless; context: none
kratos-1010012 = 请准备好您的安全密钥或生物识别设备（例如指纹识别器），然后选择“继续”。

# InfoSelfServiceLoginContinue; context: none
kratos-1010013 = 继续

# InfoSelfServiceLoginEmailWithCodeSent; context: none
kratos-1010014 = 我们已向您输入的邮箱地址发送验证码。如果没有收到，请检查地址拼写是否正确，然后重新尝试登录。

# InfoSelfServiceLoginCode; context: none
kratos-1010015 = 向我发送登录验证码

# InfoSelfServiceLoginLink; context: duplicateIdentifier (string), duplicate_identifier (string), provider (string), newLoginUrl (string), new_login_url (string), available_credential_types (array), available_providers (array)
kratos-1010016 = 邮箱地址“{ $duplicate_identifier }”已被一个现有账号使用。请使用下方任一方式登录该账号，之后您的 { $provider } 账号将被添加为另一种登录方式。

# InfoSelfServiceLoginAndLink; context: none
kratos-1010017 = 登录并关联

# InfoSelfServiceLoginWithAndLink; context: provider (string)
kratos-1010018 = 使用 { $provider } 确认

# InfoSelfServiceLoginCodeMFA; context: none
kratos-1010019 = 获取验证码以继续

# InfoSelfServiceLoginCodeMFAHint; context: none (declared but not emitted by Kratos v1.3.1)
kratos-1010020 = 为确认此地址属于您，请输入完整地址。

# InfoSelfServiceLoginPasskey; context: none
kratos-1010021 = 使用通行密钥登录

# InfoSelfServiceLoginPassword; context: none
kratos-1010022 = 使用密码登录

# InfoSelfServiceLoginAAL2CodeAddress; context: address (string), channel (string: email or sms)
kratos-1010023 = 发送验证码至 { $address }

# InfoSelfServiceLogout; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1020000 = 退出登录

# InfoSelfServiceMFA; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1030000 = 额外的登录验证步骤

# InfoSelfServiceRegistrationRoot; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1040000 = 注册

# InfoSelfServiceRegistration; context: none
kratos-1040001 = 注册

# InfoSelfServiceRegistrationWith; context: provider (string), provider_id (string)
kratos-1040002 = 使用 { $provider } 注册

# InfoSelfServiceRegistrationContinue; context: none
kratos-1040003 = 继续

# InfoSelfServiceRegistrationRegisterWebAuthn; context: none
kratos-1040004 = 使用安全密钥注册

# InfoSelfServiceRegistrationEmailWithCodeSent; context: none
kratos-1040005 = 我们已向您输入的邮箱地址发送验证码。如果没有收到，请检查地址拼写是否正确，然后重新尝试注册。

# InfoSelfServiceRegistrationRegisterCode; context: none
kratos-1040006 = 向我发送注册验证码

# InfoSelfServiceRegistrationRegisterPasskey; context: none
kratos-1040007 = 使用通行密钥注册

# InfoSelfServiceRegistrationBack; context: none
kratos-1040008 = 返回

# InfoSelfServiceRegistrationChooseCredentials; context: none
kratos-1040009 = 请选择您的登录方式。

# InfoSelfServiceSettings; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1050000 = 账号设置

# InfoSelfServiceSettingsUpdateSuccess; context: none
kratos-1050001 = 您的更改已保存。

# InfoSelfServiceSettingsUpdateLinkOidc; context: provider (string)
kratos-1050002 = 关联 { $provider }

# InfoSelfServiceSettingsUpdateUnlinkOidc; context: provider (string)
kratos-1050003 = 取消关联 { $provider }

# InfoSelfServiceSettingsUpdateUnlinkTOTP; context: none
kratos-1050004 = 移除身份验证器应用

# InfoSelfServiceSettingsTOTPQRCode; context: none
kratos-1050005 = 身份验证器应用二维码

# InfoSelfServiceSettingsTOTPSecret; context: secret (string); shown in a text node, passthrough
kratos-1050006 = { $secret }

# InfoSelfServiceSettingsRevealLookup; context: none
kratos-1050007 = 显示备用码

# InfoSelfServiceSettingsRegenerateLookup; context: none
kratos-1050008 = 生成新的备用码

# InfoSelfServiceSettingsLookupSecret; context: secret (string); one backup code, passthrough
kratos-1050009 = { $secret }

# InfoSelfServiceSettingsLookupSecretLabel; context: none
kratos-1050010 = 这是您的备用码。请将其保存在安全的地方。

# InfoSelfServiceSettingsLookupConfirm; context: none
kratos-1050011 = 确认备用码

# InfoSelfServiceSettingsRegisterWebAuthn; context: none
kratos-1050012 = 添加安全密钥

# InfoSelfServiceSettingsRegisterWebAuthnDisplayName; context: none
kratos-1050013 = 安全密钥名称

# InfoSelfServiceSettingsLookupSecretUsed; context: used_at (time as RFC 3339 string), used_at_unix (number)
kratos-1050014 = 已使用

# InfoSelfServiceSettingsLookupSecretList; context: secrets (array of objects: nested 1050009/1050014 messages); passthrough, best rendered item by item
kratos-1050015 = { $secrets }

# InfoSelfServiceSettingsDisableLookup; context: none
kratos-1050016 = 停用此验证方式

# InfoSelfServiceSettingsTOTPSecretLabel; context: none
kratos-1050017 = 无法扫描二维码？请改为在身份验证器应用中输入此密钥。

# InfoSelfServiceSettingsRemoveWebAuthn; context: display_name (string), added_at (time as RFC 3339 string), added_at_unix (number)
kratos-1050018 = 移除安全密钥“{ $display_name }”

# InfoSelfServiceSettingsRegisterPasskey; context: none
kratos-1050019 = 添加通行密钥

# InfoSelfServiceSettingsRemovePasskey; context: display_name (string), added_at (time as RFC 3339 string), added_at_unix (number)
kratos-1050020 = 移除通行密钥“{ $display_name }”

# InfoSelfServiceRecovery; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1060000 = 账号恢复

# InfoSelfServiceRecoverySuccessful; context: privilegedSessionExpiresAt (time as RFC 3339 string), privileged_session_expires_at (time as RFC 3339 string), privileged_session_expires_at_unix (number)
kratos-1060001 = 您的账号已恢复。请立即设置新密码，或添加另一种登录方式（例如社交账号）。此操作仅在短时间内有效。

# InfoSelfServiceRecoveryEmailSent; context: none
kratos-1060002 = 我们已向您输入的邮箱地址发送恢复链接。如果没有收到，请检查地址拼写是否正确，以及是否为您注册时使用的地址。

# InfoSelfServiceRecoveryEmailWithCodeSent; context: none
kratos-1060003 = 我们已向您输入的邮箱地址发送恢复码。如果没有收到，请检查地址拼写是否正确，以及是否为您注册时使用的地址。

# InfoNodeLabel; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1070000 = 字段

# InfoNodeLabelInputPassword; context: none
kratos-1070001 = 密码

# InfoNodeLabelGenerated; context: title (string: title from the identity schema); passthrough
kratos-1070002 = { $title }

# InfoNodeLabelSave; context: none
kratos-1070003 = 保存

# InfoNodeLabelID; context: none
kratos-1070004 = ID

# InfoNodeLabelSubmit; context: none
kratos-1070005 = 提交

# InfoNodeLabelVerifyOTP; context: none
kratos-1070006 = 确认验证码

# InfoNodeLabelEmail; context: none
kratos-1070007 = 邮箱

# InfoNodeLabelResendOTP; context: none
kratos-1070008 = 重新发送验证码

# InfoNodeLabelContinue; context: none
kratos-1070009 = 继续

# InfoNodeLabelRecoveryCode; context: none
kratos-1070010 = 恢复码

# InfoNodeLabelVerificationCode; context: none
kratos-1070011 = 验证码

# InfoNodeLabelRegistrationCode; context: none
kratos-1070012 = 注册验证码

# InfoNodeLabelLoginCode; context: none
kratos-1070013 = 登录验证码

# InfoNodeLabelLoginAndLinkCredential; context: none
kratos-1070014 = 登录并关联账号

# InfoNodeLabelCaptcha; context: none
kratos-1070015 = 请完成人机验证以继续。

# InfoSelfServiceVerification; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1080000 = 地址验证

# InfoSelfServiceVerificationEmailSent; context: none
kratos-1080001 = 我们已向您输入的邮箱地址发送验证链接。如果没有收到，请检查地址拼写是否正确，以及是否为您注册时使用的地址。

# InfoSelfServiceVerificationSuccessful; context: none
kratos-1080002 = 您的邮箱地址已通过验证。

# InfoSelfServiceVerificationEmailWithCodeSent; context: none
kratos-1080003 = 我们已向您输入的邮箱地址发送验证码。如果没有收到，请检查地址拼写是否正确，以及是否为您注册时使用的地址。

# ErrorValidation; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4000000 = 请检查您的输入。

# ErrorValidationGeneric; context: reason (string: English text from Kratos, not shown: it is not Chinese)
kratos-4000001 = 此值无效。请检查您的输入。

# ErrorValidationRequired; context: property (string: name of the missing field, not shown: the message sits under the field and the error summary names its label)
kratos-4000002 = 请填写此字段。

# ErrorValidationMinLength; context: min_length (number), actual_length (number)
kratos-4000003 = 请至少输入 { $min_length } 个字符（您输入了 { $actual_length } 个）。

# ErrorValidationInvalidFormat; context: pattern (string: regular expression)
kratos-4000004 = 该值的格式不正确（要求的格式：{ $pattern }）。

# ErrorValidationPasswordPolicyViolationGeneric; context: reason (string: English text from Kratos, not shown: it is not Chinese)
kratos-4000005 = 无法使用此密码。请换一个密码。

# ErrorValidationInvalidCredentials; context: none
kratos-4000006 = 登录信息不正确。请检查您的密码，以及用户名、邮箱地址或手机号码是否有拼写错误。

# ErrorValidationDuplicateCredentials; context: none
kratos-4000007 = 已存在使用此邮箱地址、手机号码或用户名的账号。

# ErrorValidationTOTPVerifierWrong; context: none
kratos-4000008 = 身份验证器验证码不正确。请重试。

# ErrorValidationIdentifierMissing; context: none
kratos-4000009 = 未找到登录标识（例如邮箱地址或用户名）。请检查您是否已填写。如果已填写，可能是服务器配置有误。

# ErrorValidationAddressNotVerified; context: none
kratos-4000010 = 您的账号尚未激活。您是否已验证邮箱地址？

# ErrorValidationNoTOTPDevice; context: none
kratos-4000011 = 您尚未设置身份验证器应用。

# ErrorValidationLookupAlreadyUsed; context: none
kratos-4000012 = 此备用码已被使用。

# ErrorValidationNoWebAuthnDevice; context: none
kratos-4000013 = 您尚未设置安全密钥。

# ErrorValidationNoLookup; context: none
kratos-4000014 = 您尚未设置备用码。

# ErrorValidationSuchNoWebAuthnUser; context: none
kratos-4000015 = 此账号不存在，或尚未为其设置安全密钥。

# ErrorValidationLookupInvalid; context: none
kratos-4000016 = 此备用码无效。

# ErrorValidationMaxLength; context: max_length (number), actual_length (number)
kratos-4000017 = 最多只能输入 { $max_length } 个字符（您输入了 { $actual_length } 个）。

# ErrorValidationMinimum; context: minimum (number), actual (number)
kratos-4000018 = 该值必须大于或等于 { $minimum }（您输入的是 { $actual }）。

# ErrorValidationExclusiveMinimum; context: minimum (number), actual (number)
kratos-4000019 = 该值必须大于 { $minimum }（您输入的是 { $actual }）。

# ErrorValidationMaximum; context: maximum (number), actual (number)
kratos-4000020 = 该值必须小于或等于 { $maximum }（您输入的是 { $actual }）。

# ErrorValidationExclusiveMaximum; context: maximum (number), actual (number)
kratos-4000021 = 该值必须小于 { $maximum }（您输入的是 { $actual }）。

# ErrorValidationMultipleOf; context: base (number), actual (number)
kratos-4000022 = 该值必须是 { $base } 的倍数（您输入的是 { $actual }）。

# ErrorValidationMaxItems; context: max_items (number), actual_items (number)
kratos-4000023 = 最多只能有 { $max_items } 项（当前有 { $actual_items } 项）。

# ErrorValidationMinItems; context: min_items (number), actual_items (number)
kratos-4000024 = 至少需要 { $min_items } 项（当前有 { $actual_items } 项）。

# ErrorValidationUniqueItems; context: index_a (number), index_b (number); zero-based positions, deliberately not shown
kratos-4000025 = 列表中有重复的条目。每个条目只能出现一次。

# ErrorValidationWrongType; context: allowed_types (array of JSON type names), actual_type (string)
kratos-4000026 = 该值的类型不正确（应为：{ $allowed_types }；实际为：{ $actual_type }）。

# ErrorValidationDuplicateCredentialsOnOIDCLink; context: none
kratos-4000027 = 已存在使用此邮箱地址、手机号码或用户名的账号。请先登录该账号，再关联您的社交账号。

# ErrorValidationDuplicateCredentialsWithHints; context: available_credential_types (array), available_oidc_providers (array), credential_identifier_hint (string, may be empty)
kratos-4000028 = 另一个账号已在使用“{ $credential_identifier_hint }”。请使用该账号已设置的登录方式登录。

# ErrorValidationConst; context: expected (string: the required value)
kratos-4000029 = 该值必须等于 { $expected }。

# ErrorValidationConstGeneric; context: none
kratos-4000030 = 该值与要求的值不符。

# ErrorValidationPasswordIdentifierTooSimilar; context: none
kratos-4000031 = 无法使用此密码，因为它与您的登录名（例如邮箱地址或用户名）过于相似。

# ErrorValidationPasswordMinLength; context: min_length (number), actual_length (number)
kratos-4000032 = 密码至少需要 { $min_length } 个字符，当前只有 { $actual_length } 个。

# ErrorValidationPasswordMaxLength; context: max_length (number), actual_length (number)
kratos-4000033 = 密码最多只能有 { $max_length } 个字符，当前有 { $actual_length } 个。

# ErrorValidationPasswordTooManyBreaches; context: breaches (number)
kratos-4000034 = 此密码曾出现在已知的数据泄露事件中，不能再使用。请换一个密码。

# ErrorValidationNoCodeUser; context: none
kratos-4000035 = 此账号不存在，或尚未为其设置验证码登录。

# ErrorValidationTraitsMismatch; context: none
kratos-4000036 = 您输入的信息与此前在本流程中提供的信息不一致。

# ErrorValidationAccountNotFound; context: none
kratos-4000037 = 此账号不存在，或尚未为其设置任何登录方式。

# ErrorValidationCaptchaError; context: none
kratos-4000038 = 人机验证失败。请重试。

# ErrorValidationLogin; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4010000 = 登录失败。请检查您的输入。

# ErrorValidationLoginFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4010001 = 本次登录已超时。请重试。

# ErrorValidationLoginNoStrategyFound; context: none
kratos-4010002 = 无法确定登录方式。请检查表单是否填写正确。

# ErrorValidationRegistrationNoStrategyFound; context: none
kratos-4010003 = 无法确定创建账号的方式。请检查表单是否填写正确。

# ErrorValidationSettingsNoStrategyFound; context: none
kratos-4010004 = 无法确定更新设置的方式。请检查表单是否填写正确。

# ErrorValidationRecoveryNoStrategyFound; context: none
kratos-4010005 = 无法确定恢复账号的方式。请检查表单是否填写正确。

# ErrorValidationVerificationNoStrategyFound; context: none
kratos-4010006 = 无法确定验证账号的方式。请检查表单是否填写正确。

# ErrorValidationLoginRetrySuccess; context: none
kratos-4010007 = 此请求已成功完成，无法重复执行。

# ErrorValidationLoginCodeInvalidOrAlreadyUsed; context: none
kratos-4010008 = 此登录验证码无效或已被使用。请重试。

# ErrorValidationLoginLinkedCredentialsDoNotMatch; context: none
kratos-4010009 = 您尝试关联的登录信息不匹配。

# ErrorValidationLoginAddressUnknown; context: none
kratos-4010010 = 您输入的地址与此账号中保存的任何地址都不匹配。

# ErrorValidationRegistration; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4040000 = 注册失败。请检查您的输入。

# ErrorValidationRegistrationFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4040001 = 本次注册已超时。请重试。

# ErrorValidateionRegistrationRetrySuccess; context: none
kratos-4040002 = 此请求已成功完成，无法重复执行。

# ErrorValidationRegistrationCodeInvalidOrAlreadyUsed; context: none
kratos-4040003 = 此注册验证码无效或已被使用。请重试。

# ErrorValidationSettings; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4050000 = 无法保存您的设置。请检查您的输入。

# ErrorValidationSettingsFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4050001 = 本次设置更改已超时。请重试。

# ErrorValidationRecovery; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4060000 = 账号恢复失败。请检查您的输入。

# ErrorValidationRecoveryRetrySuccess; context: none
kratos-4060001 = 此请求已成功完成，无法重复执行。

# ErrorValidationRecoveryStateFailure; context: none
kratos-4060002 = 账号恢复过程中出错。请重新开始。

# ErrorValidationRecoveryMissingRecoveryToken; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4060003 = 恢复链接不完整。请重新开始恢复账号。

# ErrorValidationRecoveryTokenInvalidOrAlreadyUsed; context: none
kratos-4060004 = 此恢复链接无效或已被使用。请重新开始。

# ErrorValidationRecoveryFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4060005 = 本次账号恢复已超时。请重试。

# ErrorValidationRecoveryCodeInvalidOrAlreadyUsed; context: none
kratos-4060006 = 此恢复码无效或已被使用。请重试。

# ErrorValidationVerification; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4070000 = 验证失败。请检查您的输入。

# ErrorValidationVerificationTokenInvalidOrAlreadyUsed; context: none
kratos-4070001 = 此验证链接无效或已被使用。请重新开始。

# ErrorValidationVerificationRetrySuccess; context: none
kratos-4070002 = 此请求已成功完成，无法重复执行。

# ErrorValidationVerificationStateFailure; context: none
kratos-4070003 = 验证过程中出错。请重新开始。

# ErrorValidationVerificationMissingVerificationToken; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4070004 = 验证链接不完整。请重新开始验证。

# ErrorValidationVerificationFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4070005 = 本次验证已超时。请重试。

# ErrorValidationVerificationCodeInvalidOrAlreadyUsed; context: none
kratos-4070006 = 此验证码无效或已被使用。请重试。

# ErrorSystem; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-5000000 = 出错了。请稍后重试。

# ErrorSystemGeneric; context: reason (string: English text from Kratos, not shown: it is not Chinese)
kratos-5000001 = 账号服务出错。请重试。
