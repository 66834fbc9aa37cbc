### Kratos UI messages, English.
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
### English `text` at runtime.

# InfoSelfServiceLoginRoot; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1010000 = Sign-in

# InfoSelfServiceLogin; context: none
kratos-1010001 = Sign in

# InfoSelfServiceLoginWith; context: provider (string), provider_id (string)
kratos-1010002 = Sign in with { $provider }

# InfoSelfServiceLoginReAuth; context: none
kratos-1010003 = To confirm this action, please verify that it's really you.

# InfoSelfServiceLoginMFA; context: none
kratos-1010004 = Please complete the second sign-in step.

# InfoSelfServiceLoginVerify; context: none
kratos-1010005 = Verify

# InfoSelfServiceLoginTOTPLabel; context: none
kratos-1010006 = Authenticator app code

# InfoLoginLookupLabel; context: none
kratos-1010007 = Backup code

# InfoSelfServiceLoginWebAuthn; context: none
kratos-1010008 = Sign in with security key

# InfoLoginTOTP; context: none
kratos-1010009 = Use authenticator app

# InfoLoginLookup; context: none
kratos-1010010 = Use a backup code

# InfoSelfServiceLoginContinueWebAuthn; context: none
kratos-1010011 = Sign in with security key

# InfoSelfServiceLoginWebAuthnPasswordless; context: none
kratos-1010012 = Have your security key or biometric device (such as a fingerprint reader) ready, then select Continue.

# InfoSelfServiceLoginContinue; context: none
kratos-1010013 = Continue

# InfoSelfServiceLoginEmailWithCodeSent; context: none
kratos-1010014 = We've sent a code to the email address you entered. If it doesn't arrive, check that the address is spelled correctly and try signing in again.

# InfoSelfServiceLoginCode; context: none
kratos-1010015 = Send me a sign-in code

# InfoSelfServiceLoginLink; context: duplicateIdentifier (string), duplicate_identifier (string), provider (string), newLoginUrl (string), new_login_url (string), available_credential_types (array), available_providers (array)
kratos-1010016 = The email address “{ $duplicate_identifier }” already belongs to an existing account. Please sign in to that account using one of the options below. Your { $provider } account will then be added as another way to sign in.

# InfoSelfServiceLoginAndLink; context: none
kratos-1010017 = Sign in and connect

# InfoSelfServiceLoginWithAndLink; context: provider (string)
kratos-1010018 = Confirm with { $provider }

# InfoSelfServiceLoginCodeMFA; context: none
kratos-1010019 = Get a code to continue

# InfoSelfServiceLoginCodeMFAHint; context: none (declared but not emitted by Kratos v1.3.1)
kratos-1010020 = To confirm that this address belongs to you, please enter it in full.

# InfoSelfServiceLoginPasskey; context: none
kratos-1010021 = Sign in with passkey

# InfoSelfServiceLoginPassword; context: none
kratos-1010022 = Sign in with password

# InfoSelfServiceLoginAAL2CodeAddress; context: address (string), channel (string: email or sms)
kratos-1010023 = Send code to { $address }

# InfoSelfServiceLogout; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1020000 = Sign out

# InfoSelfServiceMFA; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1030000 = Additional sign-in step

# InfoSelfServiceRegistrationRoot; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1040000 = Sign-up

# InfoSelfServiceRegistration; context: none
kratos-1040001 = Sign up

# InfoSelfServiceRegistrationWith; context: provider (string), provider_id (string)
kratos-1040002 = Sign up with { $provider }

# InfoSelfServiceRegistrationContinue; context: none
kratos-1040003 = Continue

# InfoSelfServiceRegistrationRegisterWebAuthn; context: none
kratos-1040004 = Sign up with security key

# InfoSelfServiceRegistrationEmailWithCodeSent; context: none
kratos-1040005 = We've sent a code to the email address you entered. If it doesn't arrive, check that the address is spelled correctly and try signing up again.

# InfoSelfServiceRegistrationRegisterCode; context: none
kratos-1040006 = Send me a sign-up code

# InfoSelfServiceRegistrationRegisterPasskey; context: none
kratos-1040007 = Sign up with passkey

# InfoSelfServiceRegistrationBack; context: none
kratos-1040008 = Back

# InfoSelfServiceRegistrationChooseCredentials; context: none
kratos-1040009 = Please choose how you would like to sign in.

# InfoSelfServiceSettings; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1050000 = Account settings

# InfoSelfServiceSettingsUpdateSuccess; context: none
kratos-1050001 = Your changes were saved.

# InfoSelfServiceSettingsUpdateLinkOidc; context: provider (string)
kratos-1050002 = Connect { $provider }

# InfoSelfServiceSettingsUpdateUnlinkOidc; context: provider (string)
kratos-1050003 = Disconnect { $provider }

# InfoSelfServiceSettingsUpdateUnlinkTOTP; context: none
kratos-1050004 = Remove authenticator app

# InfoSelfServiceSettingsTOTPQRCode; context: none
kratos-1050005 = QR code for your authenticator app

# InfoSelfServiceSettingsTOTPSecret; context: secret (string); shown in a text node, passthrough
kratos-1050006 = { $secret }

# InfoSelfServiceSettingsRevealLookup; context: none
kratos-1050007 = Show backup codes

# InfoSelfServiceSettingsRegenerateLookup; context: none
kratos-1050008 = Create new backup codes

# InfoSelfServiceSettingsLookupSecret; context: secret (string); one backup code, passthrough
kratos-1050009 = { $secret }

# InfoSelfServiceSettingsLookupSecretLabel; context: none
kratos-1050010 = Here are your backup codes. Please store them somewhere safe.

# InfoSelfServiceSettingsLookupConfirm; context: none
kratos-1050011 = Confirm backup codes

# InfoSelfServiceSettingsRegisterWebAuthn; context: none
kratos-1050012 = Add security key

# InfoSelfServiceSettingsRegisterWebAuthnDisplayName; context: none
kratos-1050013 = Security key name

# InfoSelfServiceSettingsLookupSecretUsed; context: used_at (time as RFC 3339 string), used_at_unix (number)
kratos-1050014 = Already used

# InfoSelfServiceSettingsLookupSecretList; context: secrets (array of objects: nested 1050009/1050014 messages); passthrough, best rendered item by item
kratos-1050015 = { $secrets }

# InfoSelfServiceSettingsDisableLookup; context: none
kratos-1050016 = Turn off this method

# InfoSelfServiceSettingsTOTPSecretLabel; context: none
kratos-1050017 = Can't scan the QR code? Enter this key in your authenticator app instead.

# InfoSelfServiceSettingsRemoveWebAuthn; context: display_name (string), added_at (time as RFC 3339 string), added_at_unix (number)
kratos-1050018 = Remove the security key “{ $display_name }”

# InfoSelfServiceSettingsRegisterPasskey; context: none
kratos-1050019 = Add passkey

# InfoSelfServiceSettingsRemovePasskey; context: display_name (string), added_at (time as RFC 3339 string), added_at_unix (number)
kratos-1050020 = Remove the passkey “{ $display_name }”

# InfoSelfServiceRecovery; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1060000 = Account recovery

# InfoSelfServiceRecoverySuccessful; context: privilegedSessionExpiresAt (time as RFC 3339 string), privileged_session_expires_at (time as RFC 3339 string), privileged_session_expires_at_unix (number)
kratos-1060001 = Your account has been recovered. Please set a new password or add another way to sign in (for example, a social account) now. This is only possible for a short time.

# InfoSelfServiceRecoveryEmailSent; context: none
kratos-1060002 = We've sent a recovery link to the email address you entered. If it doesn't arrive, check that the address is spelled correctly and that it is the one you signed up with.

# InfoSelfServiceRecoveryEmailWithCodeSent; context: none
kratos-1060003 = We've sent a recovery code to the email address you entered. If it doesn't arrive, check that the address is spelled correctly and that it is the one you signed up with.

# InfoNodeLabel; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1070000 = Field

# InfoNodeLabelInputPassword; context: none
kratos-1070001 = Password

# InfoNodeLabelGenerated; context: title (string: title from the identity schema); passthrough
kratos-1070002 = { $title }

# InfoNodeLabelSave; context: none
kratos-1070003 = Save

# InfoNodeLabelID; context: none
kratos-1070004 = ID

# InfoNodeLabelSubmit; context: none
kratos-1070005 = Submit

# InfoNodeLabelVerifyOTP; context: none
kratos-1070006 = Confirm code

# InfoNodeLabelEmail; context: none
kratos-1070007 = Email

# InfoNodeLabelResendOTP; context: none
kratos-1070008 = Send code again

# InfoNodeLabelContinue; context: none
kratos-1070009 = Continue

# InfoNodeLabelRecoveryCode; context: none
kratos-1070010 = Recovery code

# InfoNodeLabelVerificationCode; context: none
kratos-1070011 = Verification code

# InfoNodeLabelRegistrationCode; context: none
kratos-1070012 = Sign-up code

# InfoNodeLabelLoginCode; context: none
kratos-1070013 = Sign-in code

# InfoNodeLabelLoginAndLinkCredential; context: none
kratos-1070014 = Sign in and connect account

# InfoNodeLabelCaptcha; context: none
kratos-1070015 = To continue, please complete the captcha.

# InfoSelfServiceVerification; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1080000 = Address verification

# InfoSelfServiceVerificationEmailSent; context: none
kratos-1080001 = We've sent a verification link to the email address you entered. If it doesn't arrive, check that the address is spelled correctly and that it is the one you signed up with.

# InfoSelfServiceVerificationSuccessful; context: none
kratos-1080002 = Your email address has been verified.

# InfoSelfServiceVerificationEmailWithCodeSent; context: none
kratos-1080003 = We've sent a verification code to the email address you entered. If it doesn't arrive, check that the address is spelled correctly and that it is the one you signed up with.

# ErrorValidation; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4000000 = Please check your input.

# ErrorValidationGeneric; context: reason (string: English text from Kratos); passthrough
kratos-4000001 = { $reason }

# ErrorValidationRequired; context: property (string: name of the missing field, not shown: the message sits under the field and the error summary names its label)
kratos-4000002 = Please fill in this field.

# ErrorValidationMinLength; context: min_length (number), actual_length (number)
kratos-4000003 =
    { $min_length ->
        [one] Please enter at least { $min_length } character (you entered { $actual_length }).
       *[other] Please enter at least { $min_length } characters (you entered { $actual_length }).
    }

# ErrorValidationInvalidFormat; context: pattern (string: regular expression)
kratos-4000004 = The value is not in the required format (pattern: { $pattern }).

# ErrorValidationPasswordPolicyViolationGeneric; context: reason (string: English text from Kratos)
kratos-4000005 = This password can't be used: { $reason }.

# ErrorValidationInvalidCredentials; context: none
kratos-4000006 = The sign-in details are incorrect. Please check your password and your username, email address or phone number for typos.

# ErrorValidationDuplicateCredentials; context: none
kratos-4000007 = An account with this email address, phone number or username already exists.

# ErrorValidationTOTPVerifierWrong; context: none
kratos-4000008 = The authenticator code is incorrect. Please try again.

# ErrorValidationIdentifierMissing; context: none
kratos-4000009 = No sign-in identifier (such as an email address or username) was found. Please check that you filled it in. If you did, the server may be set up incorrectly.

# ErrorValidationAddressNotVerified; context: none
kratos-4000010 = Your account is not active yet. Have you verified your email address?

# ErrorValidationNoTOTPDevice; context: none
kratos-4000011 = You haven't set up an authenticator app.

# ErrorValidationLookupAlreadyUsed; context: none
kratos-4000012 = This backup code has already been used.

# ErrorValidationNoWebAuthnDevice; context: none
kratos-4000013 = You haven't set up a security key.

# ErrorValidationNoLookup; context: none
kratos-4000014 = You haven't set up backup codes.

# ErrorValidationSuchNoWebAuthnUser; context: none
kratos-4000015 = This account doesn't exist, or no security key has been set up for it.

# ErrorValidationLookupInvalid; context: none
kratos-4000016 = This backup code is not valid.

# ErrorValidationMaxLength; context: max_length (number), actual_length (number)
kratos-4000017 =
    { $max_length ->
        [one] Please enter no more than { $max_length } character (you entered { $actual_length }).
       *[other] Please enter no more than { $max_length } characters (you entered { $actual_length }).
    }

# ErrorValidationMinimum; context: minimum (number), actual (number)
kratos-4000018 = The value must be { $minimum } or more (you entered { $actual }).

# ErrorValidationExclusiveMinimum; context: minimum (number), actual (number)
kratos-4000019 = The value must be greater than { $minimum } (you entered { $actual }).

# ErrorValidationMaximum; context: maximum (number), actual (number)
kratos-4000020 = The value must be { $maximum } or less (you entered { $actual }).

# ErrorValidationExclusiveMaximum; context: maximum (number), actual (number)
kratos-4000021 = The value must be less than { $maximum } (you entered { $actual }).

# ErrorValidationMultipleOf; context: base (number), actual (number)
kratos-4000022 = The value must be a multiple of { $base } (you entered { $actual }).

# ErrorValidationMaxItems; context: max_items (number), actual_items (number)
kratos-4000023 =
    { $max_items ->
        [one] No more than { $max_items } entry is allowed (there are { $actual_items }).
       *[other] No more than { $max_items } entries are allowed (there are { $actual_items }).
    }

# ErrorValidationMinItems; context: min_items (number), actual_items (number)
kratos-4000024 =
    { $min_items ->
        [one] At least { $min_items } entry is required (there are { $actual_items }).
       *[other] At least { $min_items } entries are required (there are { $actual_items }).
    }

# ErrorValidationUniqueItems; context: index_a (number), index_b (number); zero-based positions, deliberately not shown
kratos-4000025 = The list contains the same entry more than once. Each entry may appear only once.

# ErrorValidationWrongType; context: allowed_types (array of JSON type names), actual_type (string)
kratos-4000026 = This value has the wrong type (expected: { $allowed_types }; received: { $actual_type }).

# ErrorValidationDuplicateCredentialsOnOIDCLink; context: none
kratos-4000027 = An account with this email address, phone number or username already exists. Please sign in to that account first to connect your social account.

# ErrorValidationDuplicateCredentialsWithHints; context: available_credential_types (array), available_oidc_providers (array), credential_identifier_hint (string, may be empty)
kratos-4000028 = Another account already uses “{ $credential_identifier_hint }”. Please sign in to that account with a method that is already set up for it.

# ErrorValidationConst; context: expected (string: the required value)
kratos-4000029 = The value must be exactly { $expected }.

# ErrorValidationConstGeneric; context: none
kratos-4000030 = The value does not match the required value.

# ErrorValidationPasswordIdentifierTooSimilar; context: none
kratos-4000031 = This password can't be used because it is too similar to your sign-in name (for example, your email address or username).

# ErrorValidationPasswordMinLength; context: min_length (number), actual_length (number)
kratos-4000032 =
    { $min_length ->
        [one] Your password must be at least { $min_length } character long, but it has { $actual_length }.
       *[other] Your password must be at least { $min_length } characters long, but it has { $actual_length }.
    }

# ErrorValidationPasswordMaxLength; context: max_length (number), actual_length (number)
kratos-4000033 =
    { $max_length ->
        [one] Your password can be at most { $max_length } character long, but it has { $actual_length }.
       *[other] Your password can be at most { $max_length } characters long, but it has { $actual_length }.
    }

# ErrorValidationPasswordTooManyBreaches; context: breaches (number)
kratos-4000034 = This password has appeared in known data leaks and must not be used anymore. Please choose a different one.

# ErrorValidationNoCodeUser; context: none
kratos-4000035 = This account doesn't exist, or signing in with a code has not been set up for it.

# ErrorValidationTraitsMismatch; context: none
kratos-4000036 = The details you entered don't match the ones given earlier in this process.

# ErrorValidationAccountNotFound; context: none
kratos-4000037 = This account doesn't exist, or no sign-in method has been set up for it.

# ErrorValidationCaptchaError; context: none
kratos-4000038 = The captcha check failed. Please try again.

# ErrorValidationLogin; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4010000 = Sign-in failed. Please check your input.

# ErrorValidationLoginFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4010001 = Your sign-in attempt has expired. Please try again.

# ErrorValidationLoginNoStrategyFound; context: none
kratos-4010002 = We couldn't find a way to sign you in. Please check that you filled in the form correctly.

# ErrorValidationRegistrationNoStrategyFound; context: none
kratos-4010003 = We couldn't find a way to create your account. Please check that you filled in the form correctly.

# ErrorValidationSettingsNoStrategyFound; context: none
kratos-4010004 = We couldn't find a way to update your settings. Please check that you filled in the form correctly.

# ErrorValidationRecoveryNoStrategyFound; context: none
kratos-4010005 = We couldn't find a way to recover your account. Please check that you filled in the form correctly.

# ErrorValidationVerificationNoStrategyFound; context: none
kratos-4010006 = We couldn't find a way to verify your account. Please check that you filled in the form correctly.

# ErrorValidationLoginRetrySuccess; context: none
kratos-4010007 = This request was already completed successfully and can't be repeated.

# ErrorValidationLoginCodeInvalidOrAlreadyUsed; context: none
kratos-4010008 = This sign-in code is invalid or has already been used. Please try again.

# ErrorValidationLoginLinkedCredentialsDoNotMatch; context: none
kratos-4010009 = The sign-in details you are trying to connect don't match.

# ErrorValidationLoginAddressUnknown; context: none
kratos-4010010 = The address you entered doesn't match any address saved in this account.

# ErrorValidationRegistration; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4040000 = Sign-up failed. Please check your input.

# ErrorValidationRegistrationFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4040001 = Your sign-up attempt has expired. Please try again.

# ErrorValidateionRegistrationRetrySuccess; context: none
kratos-4040002 = This request was already completed successfully and can't be repeated.

# ErrorValidationRegistrationCodeInvalidOrAlreadyUsed; context: none
kratos-4040003 = This sign-up code is invalid or has already been used. Please try again.

# ErrorValidationSettings; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4050000 = Your settings could not be saved. Please check your input.

# ErrorValidationSettingsFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4050001 = The time for changing your settings has run out. Please try again.

# ErrorValidationRecovery; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4060000 = Account recovery failed. Please check your input.

# ErrorValidationRecoveryRetrySuccess; context: none
kratos-4060001 = This request was already completed successfully and can't be repeated.

# ErrorValidationRecoveryStateFailure; context: none
kratos-4060002 = Something went wrong during account recovery. Please start again.

# ErrorValidationRecoveryMissingRecoveryToken; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4060003 = The recovery link is incomplete. Please start account recovery again.

# ErrorValidationRecoveryTokenInvalidOrAlreadyUsed; context: none
kratos-4060004 = This recovery link is invalid or has already been used. Please start again.

# ErrorValidationRecoveryFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4060005 = Your account recovery attempt has expired. Please try again.

# ErrorValidationRecoveryCodeInvalidOrAlreadyUsed; context: none
kratos-4060006 = This recovery code is invalid or has already been used. Please try again.

# ErrorValidationVerification; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4070000 = Verification failed. Please check your input.

# ErrorValidationVerificationTokenInvalidOrAlreadyUsed; context: none
kratos-4070001 = This verification link is invalid or has already been used. Please start again.

# ErrorValidationVerificationRetrySuccess; context: none
kratos-4070002 = This request was already completed successfully and can't be repeated.

# ErrorValidationVerificationStateFailure; context: none
kratos-4070003 = Something went wrong during verification. Please start again.

# ErrorValidationVerificationMissingVerificationToken; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4070004 = The verification link is incomplete. Please start the verification again.

# ErrorValidationVerificationFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4070005 = Your verification attempt has expired. Please try again.

# ErrorValidationVerificationCodeInvalidOrAlreadyUsed; context: none
kratos-4070006 = This verification code is invalid or has already been used. Please try again.

# ErrorSystem; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-5000000 = Something went wrong. Please try again later.

# ErrorSystemGeneric; context: reason (string: English text from Kratos); passthrough
kratos-5000001 = { $reason }
