### Kratos-UI-Meldungen, Deutsch (Anrede „Sie“).
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
kratos-1010000 = Anmeldung

# InfoSelfServiceLogin; context: none
kratos-1010001 = Anmelden

# InfoSelfServiceLoginWith; context: provider (string), provider_id (string)
kratos-1010002 = Mit { $provider } anmelden

# InfoSelfServiceLoginReAuth; context: none
kratos-1010003 = Bitte bestätigen Sie, dass Sie es wirklich sind, um diese Aktion auszuführen.

# InfoSelfServiceLoginMFA; context: none
kratos-1010004 = Bitte schließen Sie den zweiten Anmeldeschritt ab.

# InfoSelfServiceLoginVerify; context: none
kratos-1010005 = Bestätigen

# InfoSelfServiceLoginTOTPLabel; context: none
kratos-1010006 = Code aus der Authenticator-App

# InfoLoginLookupLabel; context: none
kratos-1010007 = Backup-Code

# InfoSelfServiceLoginWebAuthn; context: none
kratos-1010008 = Mit Sicherheitsschlüssel anmelden

# InfoLoginTOTP; context: none
kratos-1010009 = Authenticator-App verwenden

# InfoLoginLookup; context: none
kratos-1010010 = Backup-Code verwenden

# InfoSelfServiceLoginContinueWebAuthn; context: none
kratos-1010011 = Mit Sicherheitsschlüssel anmelden

# InfoSelfServiceLoginWebAuthnPasswordless; context: none
kratos-1010012 = Halten Sie Ihren Sicherheitsschlüssel oder Ihr biometrisches Gerät (z. B. einen Fingerabdruckscanner) bereit und wählen Sie dann „Weiter“.

# InfoSelfServiceLoginContinue; context: none
kratos-1010013 = Weiter

# InfoSelfServiceLoginEmailWithCodeSent; context: none
kratos-1010014 = Wir haben einen Code an die angegebene E-Mail-Adresse gesendet. Falls keine E-Mail ankommt, prüfen Sie bitte die Schreibweise der Adresse und versuchen Sie die Anmeldung erneut.

# InfoSelfServiceLoginCode; context: none
kratos-1010015 = Anmeldecode senden

# InfoSelfServiceLoginLink; context: duplicateIdentifier (string), duplicate_identifier (string), provider (string), newLoginUrl (string), new_login_url (string), available_credential_types (array), available_providers (array)
kratos-1010016 = Die E-Mail-Adresse „{ $duplicate_identifier }“ gehört bereits zu einem bestehenden Konto. Bitte melden Sie sich mit einer der folgenden Optionen bei diesem Konto an. Danach wird Ihr { $provider }-Konto als weitere Anmeldemöglichkeit hinzugefügt.

# InfoSelfServiceLoginAndLink; context: none
kratos-1010017 = Anmelden und verknüpfen

# InfoSelfServiceLoginWithAndLink; context: provider (string)
kratos-1010018 = Mit { $provider } bestätigen

# InfoSelfServiceLoginCodeMFA; context: none
kratos-1010019 = Code zum Fortfahren anfordern

# InfoSelfServiceLoginCodeMFAHint; context: none (declared but not emitted by Kratos v1.3.1)
kratos-1010020 = Um zu bestätigen, dass diese Adresse Ihnen gehört, geben Sie sie bitte vollständig ein.

# InfoSelfServiceLoginPasskey; context: none
kratos-1010021 = Mit Passkey anmelden

# InfoSelfServiceLoginPassword; context: none
kratos-1010022 = Mit Passwort anmelden

# InfoSelfServiceLoginAAL2CodeAddress; context: address (string), channel (string: email or sms)
kratos-1010023 = Code an { $address } senden

# InfoSelfServiceLogout; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1020000 = Abmelden

# InfoSelfServiceMFA; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1030000 = Zusätzlicher Anmeldeschritt

# InfoSelfServiceRegistrationRoot; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1040000 = Registrierung

# InfoSelfServiceRegistration; context: none
kratos-1040001 = Registrieren

# InfoSelfServiceRegistrationWith; context: provider (string), provider_id (string)
kratos-1040002 = Mit { $provider } registrieren

# InfoSelfServiceRegistrationContinue; context: none
kratos-1040003 = Weiter

# InfoSelfServiceRegistrationRegisterWebAuthn; context: none
kratos-1040004 = Mit Sicherheitsschlüssel registrieren

# InfoSelfServiceRegistrationEmailWithCodeSent; context: none
kratos-1040005 = Wir haben einen Code an die angegebene E-Mail-Adresse gesendet. Falls keine E-Mail ankommt, prüfen Sie bitte die Schreibweise der Adresse und versuchen Sie die Registrierung erneut.

# InfoSelfServiceRegistrationRegisterCode; context: none
kratos-1040006 = Registrierungscode senden

# InfoSelfServiceRegistrationRegisterPasskey; context: none
kratos-1040007 = Mit Passkey registrieren

# InfoSelfServiceRegistrationBack; context: none
kratos-1040008 = Zurück

# InfoSelfServiceRegistrationChooseCredentials; context: none
kratos-1040009 = Bitte wählen Sie aus, wie Sie sich anmelden möchten.

# InfoSelfServiceSettings; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1050000 = Kontoeinstellungen

# InfoSelfServiceSettingsUpdateSuccess; context: none
kratos-1050001 = Ihre Änderungen wurden gespeichert.

# InfoSelfServiceSettingsUpdateLinkOidc; context: provider (string)
kratos-1050002 = { $provider } verknüpfen

# InfoSelfServiceSettingsUpdateUnlinkOidc; context: provider (string)
kratos-1050003 = Verknüpfung mit { $provider } aufheben

# InfoSelfServiceSettingsUpdateUnlinkTOTP; context: none
kratos-1050004 = Authenticator-App entfernen

# InfoSelfServiceSettingsTOTPQRCode; context: none
kratos-1050005 = QR-Code für Ihre Authenticator-App

# InfoSelfServiceSettingsTOTPSecret; context: secret (string); shown in a text node, passthrough
kratos-1050006 = { $secret }

# InfoSelfServiceSettingsRevealLookup; context: none
kratos-1050007 = Backup-Codes anzeigen

# InfoSelfServiceSettingsRegenerateLookup; context: none
kratos-1050008 = Neue Backup-Codes erstellen

# InfoSelfServiceSettingsLookupSecret; context: secret (string); one backup code, passthrough
kratos-1050009 = { $secret }

# InfoSelfServiceSettingsLookupSecretLabel; context: none
kratos-1050010 = Hier sind Ihre Backup-Codes. Bitte bewahren Sie sie an einem sicheren Ort auf.

# InfoSelfServiceSettingsLookupConfirm; context: none
kratos-1050011 = Backup-Codes bestätigen

# InfoSelfServiceSettingsRegisterWebAuthn; context: none
kratos-1050012 = Sicherheitsschlüssel hinzufügen

# InfoSelfServiceSettingsRegisterWebAuthnDisplayName; context: none
kratos-1050013 = Name des Sicherheitsschlüssels

# InfoSelfServiceSettingsLookupSecretUsed; context: used_at (time as RFC 3339 string), used_at_unix (number)
kratos-1050014 = Bereits verwendet

# InfoSelfServiceSettingsLookupSecretList; context: secrets (array of objects: nested 1050009/1050014 messages); passthrough, best rendered item by item
kratos-1050015 = { $secrets }

# InfoSelfServiceSettingsDisableLookup; context: none
kratos-1050016 = Diese Methode deaktivieren

# InfoSelfServiceSettingsTOTPSecretLabel; context: none
kratos-1050017 = Sie können den QR-Code nicht scannen? Geben Sie stattdessen diesen Schlüssel in Ihrer Authenticator-App ein.

# InfoSelfServiceSettingsRemoveWebAuthn; context: display_name (string), added_at (time as RFC 3339 string), added_at_unix (number)
kratos-1050018 = Sicherheitsschlüssel „{ $display_name }“ entfernen

# InfoSelfServiceSettingsRegisterPasskey; context: none
kratos-1050019 = Passkey hinzufügen

# InfoSelfServiceSettingsRemovePasskey; context: display_name (string), added_at (time as RFC 3339 string), added_at_unix (number)
kratos-1050020 = Passkey „{ $display_name }“ entfernen

# InfoSelfServiceRecovery; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1060000 = Kontowiederherstellung

# InfoSelfServiceRecoverySuccessful; context: privilegedSessionExpiresAt (time as RFC 3339 string), privileged_session_expires_at (time as RFC 3339 string), privileged_session_expires_at_unix (number)
kratos-1060001 = Ihr Konto wurde wiederhergestellt. Bitte legen Sie jetzt ein neues Passwort fest oder richten Sie eine andere Anmeldemethode ein (z. B. über ein soziales Netzwerk). Dies ist nur für kurze Zeit möglich.

# InfoSelfServiceRecoveryEmailSent; context: none
kratos-1060002 = Wir haben einen Link zur Wiederherstellung an die angegebene E-Mail-Adresse gesendet. Falls keine E-Mail ankommt, prüfen Sie bitte die Schreibweise und ob es die Adresse ist, mit der Sie sich registriert haben.

# InfoSelfServiceRecoveryEmailWithCodeSent; context: none
kratos-1060003 = Wir haben einen Wiederherstellungscode an die angegebene E-Mail-Adresse gesendet. Falls keine E-Mail ankommt, prüfen Sie bitte die Schreibweise und ob es die Adresse ist, mit der Sie sich registriert haben.

# InfoNodeLabel; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1070000 = Feld

# InfoNodeLabelInputPassword; context: none
kratos-1070001 = Passwort

# InfoNodeLabelGenerated; context: title (string: title from the identity schema); passthrough
kratos-1070002 = { $title }

# InfoNodeLabelSave; context: none
kratos-1070003 = Speichern

# InfoNodeLabelID; context: none
kratos-1070004 = Kennung

# InfoNodeLabelSubmit; context: none
kratos-1070005 = Absenden

# InfoNodeLabelVerifyOTP; context: none
kratos-1070006 = Code bestätigen

# InfoNodeLabelEmail; context: none
kratos-1070007 = E-Mail

# InfoNodeLabelResendOTP; context: none
kratos-1070008 = Code erneut senden

# InfoNodeLabelContinue; context: none
kratos-1070009 = Weiter

# InfoNodeLabelRecoveryCode; context: none
kratos-1070010 = Wiederherstellungscode

# InfoNodeLabelVerificationCode; context: none
kratos-1070011 = Bestätigungscode

# InfoNodeLabelRegistrationCode; context: none
kratos-1070012 = Registrierungscode

# InfoNodeLabelLoginCode; context: none
kratos-1070013 = Anmeldecode

# InfoNodeLabelLoginAndLinkCredential; context: none
kratos-1070014 = Anmelden und Konto verknüpfen

# InfoNodeLabelCaptcha; context: none
kratos-1070015 = Bitte lösen Sie das Captcha, um fortzufahren.

# InfoSelfServiceVerification; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1080000 = Bestätigung der Adresse

# InfoSelfServiceVerificationEmailSent; context: none
kratos-1080001 = Wir haben einen Bestätigungslink an die angegebene E-Mail-Adresse gesendet. Falls keine E-Mail ankommt, prüfen Sie bitte die Schreibweise und ob es die Adresse ist, mit der Sie sich registriert haben.

# InfoSelfServiceVerificationSuccessful; context: none
kratos-1080002 = Ihre E-Mail-Adresse wurde bestätigt.

# InfoSelfServiceVerificationEmailWithCodeSent; context: none
kratos-1080003 = Wir haben einen Bestätigungscode an die angegebene E-Mail-Adresse gesendet. Falls keine E-Mail ankommt, prüfen Sie bitte die Schreibweise und ob es die Adresse ist, mit der Sie sich registriert haben.

# ErrorValidation; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4000000 = Bitte überprüfen Sie Ihre Eingaben.

# ErrorValidationGeneric; context: reason (string: English text from Kratos, not shown: it is not German)
kratos-4000001 = Dieser Wert ist ungültig. Bitte prüfen Sie Ihre Eingabe.

# ErrorValidationRequired; context: property (string: name of the missing field, not shown: the message sits under the field and the error summary names its label)
kratos-4000002 = Bitte füllen Sie dieses Feld aus.

# ErrorValidationMinLength; context: min_length (number), actual_length (number)
kratos-4000003 = Bitte geben Sie mindestens { $min_length } Zeichen ein (eingegeben: { $actual_length }).

# ErrorValidationInvalidFormat; context: pattern (string: regular expression)
kratos-4000004 = Der Wert hat nicht das erforderliche Format (Muster: { $pattern }).

# ErrorValidationPasswordPolicyViolationGeneric; context: reason (string: English text from Kratos, not shown: it is not German)
kratos-4000005 = Dieses Passwort kann nicht verwendet werden. Bitte wählen Sie ein anderes.

# ErrorValidationInvalidCredentials; context: none
kratos-4000006 = Die Anmeldedaten sind nicht korrekt. Bitte prüfen Sie Ihr Passwort sowie Ihren Benutzernamen, Ihre E-Mail-Adresse oder Telefonnummer auf Tippfehler.

# ErrorValidationDuplicateCredentials; context: none
kratos-4000007 = Es gibt bereits ein Konto mit dieser E-Mail-Adresse, Telefonnummer oder diesem Benutzernamen.

# ErrorValidationTOTPVerifierWrong; context: none
kratos-4000008 = Der Code aus der Authenticator-App ist nicht korrekt. Bitte versuchen Sie es erneut.

# ErrorValidationIdentifierMissing; context: none
kratos-4000009 = Es wurde keine Anmeldekennung (z. B. E-Mail-Adresse oder Benutzername) gefunden. Bitte prüfen Sie, ob Sie sie angegeben haben. Falls ja, ist der Server möglicherweise falsch eingerichtet.

# ErrorValidationAddressNotVerified; context: none
kratos-4000010 = Ihr Konto ist noch nicht aktiv. Haben Sie Ihre E-Mail-Adresse schon bestätigt?

# ErrorValidationNoTOTPDevice; context: none
kratos-4000011 = Sie haben noch keine Authenticator-App eingerichtet.

# ErrorValidationLookupAlreadyUsed; context: none
kratos-4000012 = Dieser Backup-Code wurde bereits verwendet.

# ErrorValidationNoWebAuthnDevice; context: none
kratos-4000013 = Sie haben noch keinen Sicherheitsschlüssel eingerichtet.

# ErrorValidationNoLookup; context: none
kratos-4000014 = Sie haben noch keine Backup-Codes eingerichtet.

# ErrorValidationSuchNoWebAuthnUser; context: none
kratos-4000015 = Dieses Konto existiert nicht oder es ist kein Sicherheitsschlüssel dafür eingerichtet.

# ErrorValidationLookupInvalid; context: none
kratos-4000016 = Dieser Backup-Code ist ungültig.

# ErrorValidationMaxLength; context: max_length (number), actual_length (number)
kratos-4000017 = Bitte geben Sie höchstens { $max_length } Zeichen ein (eingegeben: { $actual_length }).

# ErrorValidationMinimum; context: minimum (number), actual (number)
kratos-4000018 = Der Wert muss mindestens { $minimum } betragen (eingegeben: { $actual }).

# ErrorValidationExclusiveMinimum; context: minimum (number), actual (number)
kratos-4000019 = Der Wert muss größer als { $minimum } sein (eingegeben: { $actual }).

# ErrorValidationMaximum; context: maximum (number), actual (number)
kratos-4000020 = Der Wert darf höchstens { $maximum } betragen (eingegeben: { $actual }).

# ErrorValidationExclusiveMaximum; context: maximum (number), actual (number)
kratos-4000021 = Der Wert muss kleiner als { $maximum } sein (eingegeben: { $actual }).

# ErrorValidationMultipleOf; context: base (number), actual (number)
kratos-4000022 = Der Wert muss ein Vielfaches von { $base } sein (eingegeben: { $actual }).

# ErrorValidationMaxItems; context: max_items (number), actual_items (number)
kratos-4000023 =
    { $max_items ->
        [one] Es ist höchstens { $max_items } Eintrag erlaubt (vorhanden: { $actual_items }).
       *[other] Es sind höchstens { $max_items } Einträge erlaubt (vorhanden: { $actual_items }).
    }

# ErrorValidationMinItems; context: min_items (number), actual_items (number)
kratos-4000024 =
    { $min_items ->
        [one] Es ist mindestens { $min_items } Eintrag erforderlich (vorhanden: { $actual_items }).
       *[other] Es sind mindestens { $min_items } Einträge erforderlich (vorhanden: { $actual_items }).
    }

# ErrorValidationUniqueItems; context: index_a (number), index_b (number); zero-based positions, deliberately not shown
kratos-4000025 = Die Liste enthält einen Eintrag mehrfach. Jeder Eintrag darf nur einmal vorkommen.

# ErrorValidationWrongType; context: allowed_types (array of JSON type names), actual_type (string)
kratos-4000026 = Dieser Wert hat den falschen Typ (erwartet: { $allowed_types }; erhalten: { $actual_type }).

# ErrorValidationDuplicateCredentialsOnOIDCLink; context: none
kratos-4000027 = Es gibt bereits ein Konto mit dieser E-Mail-Adresse, Telefonnummer oder diesem Benutzernamen. Bitte melden Sie sich zuerst bei diesem Konto an, um Ihr Konto aus dem sozialen Netzwerk damit zu verknüpfen.

# ErrorValidationDuplicateCredentialsWithHints; context: available_credential_types (array), available_oidc_providers (array), credential_identifier_hint (string, may be empty)
kratos-4000028 = „{ $credential_identifier_hint }“ wird bereits von einem anderen Konto verwendet. Bitte melden Sie sich bei diesem Konto mit einer dort bereits eingerichteten Methode an.

# ErrorValidationConst; context: expected (string: the required value)
kratos-4000029 = Der Wert muss genau { $expected } lauten.

# ErrorValidationConstGeneric; context: none
kratos-4000030 = Der Wert entspricht nicht dem vorgegebenen Wert.

# ErrorValidationPasswordIdentifierTooSimilar; context: none
kratos-4000031 = Dieses Passwort kann nicht verwendet werden, da es Ihrer Anmeldekennung (z. B. E-Mail-Adresse oder Benutzername) zu ähnlich ist.

# ErrorValidationPasswordMinLength; context: min_length (number), actual_length (number)
kratos-4000032 = Ihr Passwort muss mindestens { $min_length } Zeichen lang sein, es hat aber nur { $actual_length }.

# ErrorValidationPasswordMaxLength; context: max_length (number), actual_length (number)
kratos-4000033 = Ihr Passwort darf höchstens { $max_length } Zeichen lang sein, es hat aber { $actual_length }.

# ErrorValidationPasswordTooManyBreaches; context: breaches (number)
kratos-4000034 = Dieses Passwort ist in bekannten Datenlecks aufgetaucht und darf nicht mehr verwendet werden. Bitte wählen Sie ein anderes.

# ErrorValidationNoCodeUser; context: none
kratos-4000035 = Dieses Konto existiert nicht oder die Anmeldung per Code ist dafür nicht eingerichtet.

# ErrorValidationTraitsMismatch; context: none
kratos-4000036 = Die eingegebenen Daten stimmen nicht mit den zuvor in diesem Vorgang angegebenen überein.

# ErrorValidationAccountNotFound; context: none
kratos-4000037 = Dieses Konto existiert nicht oder es ist keine Anmeldemethode dafür eingerichtet.

# ErrorValidationCaptchaError; context: none
kratos-4000038 = Die Captcha-Prüfung ist fehlgeschlagen. Bitte versuchen Sie es erneut.

# ErrorValidationLogin; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4010000 = Die Anmeldung ist fehlgeschlagen. Bitte überprüfen Sie Ihre Eingaben.

# ErrorValidationLoginFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4010001 = Ihr Anmeldevorgang ist abgelaufen. Bitte versuchen Sie es erneut.

# ErrorValidationLoginNoStrategyFound; context: none
kratos-4010002 = Wir konnten keine passende Anmeldemethode finden. Bitte prüfen Sie, ob Sie das Formular richtig ausgefüllt haben.

# ErrorValidationRegistrationNoStrategyFound; context: none
kratos-4010003 = Wir konnten keine passende Registrierungsmethode finden. Bitte prüfen Sie, ob Sie das Formular richtig ausgefüllt haben.

# ErrorValidationSettingsNoStrategyFound; context: none
kratos-4010004 = Wir konnten keine passende Methode zum Ändern Ihrer Einstellungen finden. Bitte prüfen Sie, ob Sie das Formular richtig ausgefüllt haben.

# ErrorValidationRecoveryNoStrategyFound; context: none
kratos-4010005 = Wir konnten keine passende Methode zur Wiederherstellung Ihres Kontos finden. Bitte prüfen Sie, ob Sie das Formular richtig ausgefüllt haben.

# ErrorValidationVerificationNoStrategyFound; context: none
kratos-4010006 = Wir konnten keine passende Methode zur Bestätigung Ihres Kontos finden. Bitte prüfen Sie, ob Sie das Formular richtig ausgefüllt haben.

# ErrorValidationLoginRetrySuccess; context: none
kratos-4010007 = Diese Anfrage wurde bereits erfolgreich abgeschlossen und kann nicht wiederholt werden.

# ErrorValidationLoginCodeInvalidOrAlreadyUsed; context: none
kratos-4010008 = Dieser Anmeldecode ist ungültig oder wurde bereits verwendet. Bitte versuchen Sie es erneut.

# ErrorValidationLoginLinkedCredentialsDoNotMatch; context: none
kratos-4010009 = Die Anmeldedaten, die Sie verknüpfen möchten, stimmen nicht überein.

# ErrorValidationLoginAddressUnknown; context: none
kratos-4010010 = Die eingegebene Adresse stimmt mit keiner in diesem Konto hinterlegten Adresse überein.

# ErrorValidationRegistration; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4040000 = Die Registrierung ist fehlgeschlagen. Bitte überprüfen Sie Ihre Eingaben.

# ErrorValidationRegistrationFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4040001 = Ihr Registrierungsvorgang ist abgelaufen. Bitte versuchen Sie es erneut.

# ErrorValidateionRegistrationRetrySuccess; context: none
kratos-4040002 = Diese Anfrage wurde bereits erfolgreich abgeschlossen und kann nicht wiederholt werden.

# ErrorValidationRegistrationCodeInvalidOrAlreadyUsed; context: none
kratos-4040003 = Dieser Registrierungscode ist ungültig oder wurde bereits verwendet. Bitte versuchen Sie es erneut.

# ErrorValidationSettings; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4050000 = Ihre Einstellungen konnten nicht gespeichert werden. Bitte überprüfen Sie Ihre Eingaben.

# ErrorValidationSettingsFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4050001 = Die Zeit zum Ändern Ihrer Einstellungen ist abgelaufen. Bitte versuchen Sie es erneut.

# ErrorValidationRecovery; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4060000 = Die Kontowiederherstellung ist fehlgeschlagen. Bitte überprüfen Sie Ihre Eingaben.

# ErrorValidationRecoveryRetrySuccess; context: none
kratos-4060001 = Diese Anfrage wurde bereits erfolgreich abgeschlossen und kann nicht wiederholt werden.

# ErrorValidationRecoveryStateFailure; context: none
kratos-4060002 = Bei der Kontowiederherstellung ist ein Fehler aufgetreten. Bitte starten Sie den Vorgang erneut.

# ErrorValidationRecoveryMissingRecoveryToken; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4060003 = Der Wiederherstellungslink ist unvollständig. Bitte starten Sie die Kontowiederherstellung erneut.

# ErrorValidationRecoveryTokenInvalidOrAlreadyUsed; context: none
kratos-4060004 = Dieser Wiederherstellungslink ist ungültig oder wurde bereits verwendet. Bitte starten Sie den Vorgang erneut.

# ErrorValidationRecoveryFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4060005 = Ihr Wiederherstellungsvorgang ist abgelaufen. Bitte versuchen Sie es erneut.

# ErrorValidationRecoveryCodeInvalidOrAlreadyUsed; context: none
kratos-4060006 = Dieser Wiederherstellungscode ist ungültig oder wurde bereits verwendet. Bitte versuchen Sie es erneut.

# ErrorValidationVerification; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4070000 = Die Bestätigung ist fehlgeschlagen. Bitte überprüfen Sie Ihre Eingaben.

# ErrorValidationVerificationTokenInvalidOrAlreadyUsed; context: none
kratos-4070001 = Dieser Bestätigungslink ist ungültig oder wurde bereits verwendet. Bitte starten Sie den Vorgang erneut.

# ErrorValidationVerificationRetrySuccess; context: none
kratos-4070002 = Diese Anfrage wurde bereits erfolgreich abgeschlossen und kann nicht wiederholt werden.

# ErrorValidationVerificationStateFailure; context: none
kratos-4070003 = Bei der Bestätigung ist ein Fehler aufgetreten. Bitte starten Sie den Vorgang erneut.

# ErrorValidationVerificationMissingVerificationToken; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4070004 = Der Bestätigungslink ist unvollständig. Bitte starten Sie die Bestätigung erneut.

# ErrorValidationVerificationFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4070005 = Ihr Bestätigungsvorgang ist abgelaufen. Bitte versuchen Sie es erneut.

# ErrorValidationVerificationCodeInvalidOrAlreadyUsed; context: none
kratos-4070006 = Dieser Bestätigungscode ist ungültig oder wurde bereits verwendet. Bitte versuchen Sie es erneut.

# ErrorSystem; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-5000000 = Etwas ist schiefgelaufen. Bitte versuchen Sie es später erneut.

# ErrorSystemGeneric; context: reason (string: English text from Kratos, not shown: it is not German)
kratos-5000001 = Beim Kontodienst ist ein Fehler aufgetreten. Bitte versuchen Sie es erneut.
