### Kratos meddelanden i gränssnittet, på svenska (tilltal: du).
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
kratos-1010000 = Inloggning

# InfoSelfServiceLogin; context: none
kratos-1010001 = Logga in

# InfoSelfServiceLoginWith; context: provider (string), provider_id (string)
kratos-1010002 = Logga in med { $provider }

# InfoSelfServiceLoginReAuth; context: none
kratos-1010003 = Bekräfta att det verkligen är du för att utföra den här åtgärden.

# InfoSelfServiceLoginMFA; context: none
kratos-1010004 = Slutför det andra inloggningssteget.

# InfoSelfServiceLoginVerify; context: none
kratos-1010005 = Verifiera

# InfoSelfServiceLoginTOTPLabel; context: none
kratos-1010006 = Kod från autentiseringsappen

# InfoLoginLookupLabel; context: none
kratos-1010007 = Reservkod

# InfoSelfServiceLoginWebAuthn; context: none
kratos-1010008 = Logga in med säkerhetsnyckel

# InfoLoginTOTP; context: none
kratos-1010009 = Använd autentiseringsapp

# InfoLoginLookup; context: none
kratos-1010010 = Använd en reservkod

# InfoSelfServiceLoginContinueWebAuthn; context: none
kratos-1010011 = Logga in med säkerhetsnyckel

# InfoSelfServiceLoginWebAuthnPasswordless; context: none
kratos-1010012 = Ha din säkerhetsnyckel eller biometriska enhet (till exempel en fingeravtrycksläsare) redo och välj sedan Fortsätt.

# InfoSelfServiceLoginContinue; context: none
kratos-1010013 = Fortsätt

# InfoSelfServiceLoginEmailWithCodeSent; context: none
kratos-1010014 = Vi har skickat en kod till e-postadressen du angav. Om den inte kommer fram kan du kontrollera att adressen är rätt stavad och försöka logga in igen.

# InfoSelfServiceLoginCode; context: none
kratos-1010015 = Skicka en inloggningskod till mig

# InfoSelfServiceLoginLink; context: duplicateIdentifier (string), duplicate_identifier (string), provider (string), newLoginUrl (string), new_login_url (string), available_credential_types (array), available_providers (array)
kratos-1010016 = E-postadressen ”{ $duplicate_identifier }” hör redan till ett befintligt konto. Logga in på det kontot med något av alternativen nedan. Ditt konto hos { $provider } kopplas sedan till det som ytterligare ett sätt att logga in.

# InfoSelfServiceLoginAndLink; context: none
kratos-1010017 = Logga in och koppla

# InfoSelfServiceLoginWithAndLink; context: provider (string)
kratos-1010018 = Bekräfta med { $provider }

# InfoSelfServiceLoginCodeMFA; context: none
kratos-1010019 = Skicka en kod för att fortsätta

# InfoSelfServiceLoginCodeMFAHint; context: none (declared but not emitted by Kratos v1.3.1)
kratos-1010020 = Ange hela adressen för att bekräfta att den tillhör dig.

# InfoSelfServiceLoginPasskey; context: none
kratos-1010021 = Logga in med lösenordsnyckel

# InfoSelfServiceLoginPassword; context: none
kratos-1010022 = Logga in med lösenord

# InfoSelfServiceLoginAAL2CodeAddress; context: address (string), channel (string: email or sms)
kratos-1010023 = Skicka kod till { $address }

# InfoSelfServiceLogout; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1020000 = Logga ut

# InfoSelfServiceMFA; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1030000 = Ytterligare inloggningssteg

# InfoSelfServiceRegistrationRoot; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1040000 = Registrering

# InfoSelfServiceRegistration; context: none
kratos-1040001 = Skapa konto

# InfoSelfServiceRegistrationWith; context: provider (string), provider_id (string)
kratos-1040002 = Skapa konto med { $provider }

# InfoSelfServiceRegistrationContinue; context: none
kratos-1040003 = Fortsätt

# InfoSelfServiceRegistrationRegisterWebAuthn; context: none
kratos-1040004 = Skapa konto med säkerhetsnyckel

# InfoSelfServiceRegistrationEmailWithCodeSent; context: none
kratos-1040005 = Vi har skickat en kod till e-postadressen du angav. Om den inte kommer fram kan du kontrollera att adressen är rätt stavad och försöka skapa kontot igen.

# InfoSelfServiceRegistrationRegisterCode; context: none
kratos-1040006 = Skicka en registreringskod till mig

# InfoSelfServiceRegistrationRegisterPasskey; context: none
kratos-1040007 = Skapa konto med lösenordsnyckel

# InfoSelfServiceRegistrationBack; context: none
kratos-1040008 = Tillbaka

# InfoSelfServiceRegistrationChooseCredentials; context: none
kratos-1040009 = Välj hur du vill logga in.

# InfoSelfServiceSettings; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1050000 = Kontoinställningar

# InfoSelfServiceSettingsUpdateSuccess; context: none
kratos-1050001 = Dina ändringar har sparats.

# InfoSelfServiceSettingsUpdateLinkOidc; context: provider (string)
kratos-1050002 = Koppla { $provider }

# InfoSelfServiceSettingsUpdateUnlinkOidc; context: provider (string)
kratos-1050003 = Koppla från { $provider }

# InfoSelfServiceSettingsUpdateUnlinkTOTP; context: none
kratos-1050004 = Ta bort autentiseringsappen

# InfoSelfServiceSettingsTOTPQRCode; context: none
kratos-1050005 = QR-kod för din autentiseringsapp

# InfoSelfServiceSettingsTOTPSecret; context: secret (string); shown in a text node, passthrough
kratos-1050006 = { $secret }

# InfoSelfServiceSettingsRevealLookup; context: none
kratos-1050007 = Visa reservkoder

# InfoSelfServiceSettingsRegenerateLookup; context: none
kratos-1050008 = Skapa nya reservkoder

# InfoSelfServiceSettingsLookupSecret; context: secret (string); one backup code, passthrough
kratos-1050009 = { $secret }

# InfoSelfServiceSettingsLookupSecretLabel; context: none
kratos-1050010 = Här är dina reservkoder. Förvara dem på ett säkert ställe.

# InfoSelfServiceSettingsLookupConfirm; context: none
kratos-1050011 = Bekräfta reservkoderna

# InfoSelfServiceSettingsRegisterWebAuthn; context: none
kratos-1050012 = Lägg till säkerhetsnyckel

# InfoSelfServiceSettingsRegisterWebAuthnDisplayName; context: none
kratos-1050013 = Namn på säkerhetsnyckeln

# InfoSelfServiceSettingsLookupSecretUsed; context: used_at (time as RFC 3339 string), used_at_unix (number)
kratos-1050014 = Redan använd

# InfoSelfServiceSettingsLookupSecretList; context: secrets (array of objects: nested 1050009/1050014 messages); passthrough, best rendered item by item
kratos-1050015 = { $secrets }

# InfoSelfServiceSettingsDisableLookup; context: none
kratos-1050016 = Stäng av den här metoden

# InfoSelfServiceSettingsTOTPSecretLabel; context: none
kratos-1050017 = Kan du inte skanna QR-koden? Ange den här nyckeln i autentiseringsappen i stället.

# InfoSelfServiceSettingsRemoveWebAuthn; context: display_name (string), added_at (time as RFC 3339 string), added_at_unix (number)
kratos-1050018 = Ta bort säkerhetsnyckeln ”{ $display_name }”

# InfoSelfServiceSettingsRegisterPasskey; context: none
kratos-1050019 = Lägg till lösenordsnyckel

# InfoSelfServiceSettingsRemovePasskey; context: display_name (string), added_at (time as RFC 3339 string), added_at_unix (number)
kratos-1050020 = Ta bort lösenordsnyckeln ”{ $display_name }”

# InfoSelfServiceRecovery; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1060000 = Kontoåterställning

# InfoSelfServiceRecoverySuccessful; context: privilegedSessionExpiresAt (time as RFC 3339 string), privileged_session_expires_at (time as RFC 3339 string), privileged_session_expires_at_unix (number)
kratos-1060001 = Ditt konto har återställts. Välj nu ett nytt lösenord eller lägg till ett annat sätt att logga in (till exempel ett konto hos en annan tjänst). Det går bara under en kort stund.

# InfoSelfServiceRecoveryEmailSent; context: none
kratos-1060002 = Vi har skickat en återställningslänk till e-postadressen du angav. Om den inte kommer fram kan du kontrollera att adressen är rätt stavad och att det är den du använde när du skapade kontot.

# InfoSelfServiceRecoveryEmailWithCodeSent; context: none
kratos-1060003 = Vi har skickat en återställningskod till e-postadressen du angav. Om den inte kommer fram kan du kontrollera att adressen är rätt stavad och att det är den du använde när du skapade kontot.

# InfoNodeLabel; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1070000 = Fält

# InfoNodeLabelInputPassword; context: none
kratos-1070001 = Lösenord

# InfoNodeLabelGenerated; context: title (string: title from the identity schema); passthrough
kratos-1070002 = { $title }

# InfoNodeLabelSave; context: none
kratos-1070003 = Spara

# InfoNodeLabelID; context: none
kratos-1070004 = ID

# InfoNodeLabelSubmit; context: none
kratos-1070005 = Skicka

# InfoNodeLabelVerifyOTP; context: none
kratos-1070006 = Bekräfta koden

# InfoNodeLabelEmail; context: none
kratos-1070007 = E-post

# InfoNodeLabelResendOTP; context: none
kratos-1070008 = Skicka koden igen

# InfoNodeLabelContinue; context: none
kratos-1070009 = Fortsätt

# InfoNodeLabelRecoveryCode; context: none
kratos-1070010 = Återställningskod

# InfoNodeLabelVerificationCode; context: none
kratos-1070011 = Verifieringskod

# InfoNodeLabelRegistrationCode; context: none
kratos-1070012 = Registreringskod

# InfoNodeLabelLoginCode; context: none
kratos-1070013 = Inloggningskod

# InfoNodeLabelLoginAndLinkCredential; context: none
kratos-1070014 = Logga in och koppla kontot

# InfoNodeLabelCaptcha; context: none
kratos-1070015 = Slutför captcha-kontrollen för att fortsätta.

# InfoSelfServiceVerification; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1080000 = Verifiering av adress

# InfoSelfServiceVerificationEmailSent; context: none
kratos-1080001 = Vi har skickat en verifieringslänk till e-postadressen du angav. Om den inte kommer fram kan du kontrollera att adressen är rätt stavad och att det är den du använde när du skapade kontot.

# InfoSelfServiceVerificationSuccessful; context: none
kratos-1080002 = Din e-postadress har verifierats.

# InfoSelfServiceVerificationEmailWithCodeSent; context: none
kratos-1080003 = Vi har skickat en verifieringskod till e-postadressen du angav. Om den inte kommer fram kan du kontrollera att adressen är rätt stavad och att det är den du använde när du skapade kontot.

# ErrorValidation; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4000000 = Kontrollera dina uppgifter.

# ErrorValidationGeneric; context: reason (string: English text from Kratos, not shown: it is not Swedish)
kratos-4000001 = Värdet är ogiltigt. Kontrollera dina uppgifter.

# ErrorValidationRequired; context: property (string: name of the missing field, not shown: the message sits under the field and the error summary names its label)
kratos-4000002 = Fyll i det här fältet.

# ErrorValidationMinLength; context: min_length (number), actual_length (number)
kratos-4000003 = Ange minst { $min_length } tecken (du angav { $actual_length }).

# ErrorValidationInvalidFormat; context: pattern (string: regular expression)
kratos-4000004 = Värdet har inte rätt format (mönster: { $pattern }).

# ErrorValidationPasswordPolicyViolationGeneric; context: reason (string: English text from Kratos, not shown: it is not Swedish)
kratos-4000005 = Det här lösenordet kan inte användas. Välj ett annat.

# ErrorValidationInvalidCredentials; context: none
kratos-4000006 = Inloggningsuppgifterna är felaktiga. Kontrollera att du har skrivit rätt lösenord och rätt användarnamn, e-postadress eller telefonnummer.

# ErrorValidationDuplicateCredentials; context: none
kratos-4000007 = Det finns redan ett konto med samma e-postadress, telefonnummer eller användarnamn.

# ErrorValidationTOTPVerifierWrong; context: none
kratos-4000008 = Koden från autentiseringsappen är felaktig. Försök igen.

# ErrorValidationIdentifierMissing; context: none
kratos-4000009 = Vi hittade ingen uppgift att logga in med (till exempel en e-postadress eller ett användarnamn). Kontrollera att du har fyllt i den. Om du har gjort det kan servern vara felaktigt konfigurerad.

# ErrorValidationAddressNotVerified; context: none
kratos-4000010 = Ditt konto är inte aktivt än. Har du verifierat din e-postadress?

# ErrorValidationNoTOTPDevice; context: none
kratos-4000011 = Du har inte lagt till någon autentiseringsapp.

# ErrorValidationLookupAlreadyUsed; context: none
kratos-4000012 = Den här reservkoden har redan använts.

# ErrorValidationNoWebAuthnDevice; context: none
kratos-4000013 = Du har inte lagt till någon säkerhetsnyckel.

# ErrorValidationNoLookup; context: none
kratos-4000014 = Du har inte skapat några reservkoder.

# ErrorValidationSuchNoWebAuthnUser; context: none
kratos-4000015 = Kontot finns inte, eller så har ingen säkerhetsnyckel lagts till för det.

# ErrorValidationLookupInvalid; context: none
kratos-4000016 = Den här reservkoden är ogiltig.

# ErrorValidationMaxLength; context: max_length (number), actual_length (number)
kratos-4000017 = Ange högst { $max_length } tecken (du angav { $actual_length }).

# ErrorValidationMinimum; context: minimum (number), actual (number)
kratos-4000018 = Värdet måste vara minst { $minimum } (du angav { $actual }).

# ErrorValidationExclusiveMinimum; context: minimum (number), actual (number)
kratos-4000019 = Värdet måste vara större än { $minimum } (du angav { $actual }).

# ErrorValidationMaximum; context: maximum (number), actual (number)
kratos-4000020 = Värdet får vara högst { $maximum } (du angav { $actual }).

# ErrorValidationExclusiveMaximum; context: maximum (number), actual (number)
kratos-4000021 = Värdet måste vara mindre än { $maximum } (du angav { $actual }).

# ErrorValidationMultipleOf; context: base (number), actual (number)
kratos-4000022 = Värdet måste vara en multipel av { $base } (du angav { $actual }).

# ErrorValidationMaxItems; context: max_items (number), actual_items (number)
kratos-4000023 =
    { $max_items ->
        [one] Listan får innehålla högst { $max_items } post (den innehåller { $actual_items }).
       *[other] Listan får innehålla högst { $max_items } poster (den innehåller { $actual_items }).
    }

# ErrorValidationMinItems; context: min_items (number), actual_items (number)
kratos-4000024 =
    { $min_items ->
        [one] Listan måste innehålla minst { $min_items } post (den innehåller { $actual_items }).
       *[other] Listan måste innehålla minst { $min_items } poster (den innehåller { $actual_items }).
    }

# ErrorValidationUniqueItems; context: index_a (number), index_b (number); zero-based positions, deliberately not shown
kratos-4000025 = Listan innehåller samma post mer än en gång. Varje post får bara förekomma en gång.

# ErrorValidationWrongType; context: allowed_types (array of JSON type names), actual_type (string)
kratos-4000026 = Värdet har fel typ (förväntad typ: { $allowed_types }; angiven typ: { $actual_type }).

# ErrorValidationDuplicateCredentialsOnOIDCLink; context: none
kratos-4000027 = Det finns redan ett konto med samma e-postadress, telefonnummer eller användarnamn. Logga in på det kontot först för att koppla ditt konto hos den andra tjänsten.

# ErrorValidationDuplicateCredentialsWithHints; context: available_credential_types (array), available_oidc_providers (array), credential_identifier_hint (string, may be empty)
kratos-4000028 = Ett annat konto använder redan ”{ $credential_identifier_hint }”. Logga in på det kontot med en metod som redan har lagts till för det.

# ErrorValidationConst; context: expected (string: the required value)
kratos-4000029 = Värdet måste vara exakt { $expected }.

# ErrorValidationConstGeneric; context: none
kratos-4000030 = Värdet stämmer inte med det värde som krävs.

# ErrorValidationPasswordIdentifierTooSimilar; context: none
kratos-4000031 = Det här lösenordet kan inte användas eftersom det liknar ditt inloggningsnamn för mycket (till exempel din e-postadress eller ditt användarnamn).

# ErrorValidationPasswordMinLength; context: min_length (number), actual_length (number)
kratos-4000032 = Lösenordet måste innehålla minst { $min_length } tecken, men det innehåller { $actual_length }.

# ErrorValidationPasswordMaxLength; context: max_length (number), actual_length (number)
kratos-4000033 = Lösenordet får innehålla högst { $max_length } tecken, men det innehåller { $actual_length }.

# ErrorValidationPasswordTooManyBreaches; context: breaches (number)
kratos-4000034 = Det här lösenordet har förekommit i kända dataläckor och får inte längre användas. Välj ett annat.

# ErrorValidationNoCodeUser; context: none
kratos-4000035 = Kontot finns inte, eller så har inloggning med kod inte aktiverats för det.

# ErrorValidationTraitsMismatch; context: none
kratos-4000036 = Uppgifterna du angav stämmer inte med dem du angav tidigare i processen.

# ErrorValidationAccountNotFound; context: none
kratos-4000037 = Kontot finns inte, eller så har ingen inloggningsmetod lagts till för det.

# ErrorValidationCaptchaError; context: none
kratos-4000038 = Captcha-kontrollen misslyckades. Försök igen.

# ErrorValidationLogin; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4010000 = Inloggningen misslyckades. Kontrollera dina uppgifter.

# ErrorValidationLoginFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4010001 = Tiden för inloggningen har gått ut. Försök igen.

# ErrorValidationLoginNoStrategyFound; context: none
kratos-4010002 = Vi hittade inget sätt att logga in dig. Kontrollera att du har fyllt i formuläret rätt.

# ErrorValidationRegistrationNoStrategyFound; context: none
kratos-4010003 = Vi hittade inget sätt att skapa ditt konto. Kontrollera att du har fyllt i formuläret rätt.

# ErrorValidationSettingsNoStrategyFound; context: none
kratos-4010004 = Vi hittade inget sätt att uppdatera dina inställningar. Kontrollera att du har fyllt i formuläret rätt.

# ErrorValidationRecoveryNoStrategyFound; context: none
kratos-4010005 = Vi hittade inget sätt att återställa ditt konto. Kontrollera att du har fyllt i formuläret rätt.

# ErrorValidationVerificationNoStrategyFound; context: none
kratos-4010006 = Vi hittade inget sätt att verifiera ditt konto. Kontrollera att du har fyllt i formuläret rätt.

# ErrorValidationLoginRetrySuccess; context: none
kratos-4010007 = Den här begäran har redan slutförts och kan inte upprepas.

# ErrorValidationLoginCodeInvalidOrAlreadyUsed; context: none
kratos-4010008 = Inloggningskoden är ogiltig eller har redan använts. Försök igen.

# ErrorValidationLoginLinkedCredentialsDoNotMatch; context: none
kratos-4010009 = Inloggningsuppgifterna som du försöker koppla stämmer inte överens.

# ErrorValidationLoginAddressUnknown; context: none
kratos-4010010 = Adressen du angav matchar ingen adress som finns sparad i kontot.

# ErrorValidationRegistration; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4040000 = Kontot kunde inte skapas. Kontrollera dina uppgifter.

# ErrorValidationRegistrationFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4040001 = Tiden för att skapa kontot har gått ut. Försök igen.

# ErrorValidateionRegistrationRetrySuccess; context: none
kratos-4040002 = Den här begäran har redan slutförts och kan inte upprepas.

# ErrorValidationRegistrationCodeInvalidOrAlreadyUsed; context: none
kratos-4040003 = Registreringskoden är ogiltig eller har redan använts. Försök igen.

# ErrorValidationSettings; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4050000 = Dina inställningar kunde inte sparas. Kontrollera dina uppgifter.

# ErrorValidationSettingsFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4050001 = Tiden för att ändra dina inställningar har gått ut. Försök igen.

# ErrorValidationRecovery; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4060000 = Kontoåterställningen misslyckades. Kontrollera dina uppgifter.

# ErrorValidationRecoveryRetrySuccess; context: none
kratos-4060001 = Den här begäran har redan slutförts och kan inte upprepas.

# ErrorValidationRecoveryStateFailure; context: none
kratos-4060002 = Något gick fel vid kontoåterställningen. Börja om.

# ErrorValidationRecoveryMissingRecoveryToken; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4060003 = Återställningslänken är ofullständig. Börja om med kontoåterställningen.

# ErrorValidationRecoveryTokenInvalidOrAlreadyUsed; context: none
kratos-4060004 = Återställningslänken är ogiltig eller har redan använts. Börja om.

# ErrorValidationRecoveryFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4060005 = Tiden för kontoåterställningen har gått ut. Försök igen.

# ErrorValidationRecoveryCodeInvalidOrAlreadyUsed; context: none
kratos-4060006 = Återställningskoden är ogiltig eller har redan använts. Försök igen.

# ErrorValidationVerification; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4070000 = Verifieringen misslyckades. Kontrollera dina uppgifter.

# ErrorValidationVerificationTokenInvalidOrAlreadyUsed; context: none
kratos-4070001 = Verifieringslänken är ogiltig eller har redan använts. Börja om.

# ErrorValidationVerificationRetrySuccess; context: none
kratos-4070002 = Den här begäran har redan slutförts och kan inte upprepas.

# ErrorValidationVerificationStateFailure; context: none
kratos-4070003 = Något gick fel vid verifieringen. Börja om.

# ErrorValidationVerificationMissingVerificationToken; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4070004 = Verifieringslänken är ofullständig. Börja om med verifieringen.

# ErrorValidationVerificationFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4070005 = Tiden för verifieringen har gått ut. Försök igen.

# ErrorValidationVerificationCodeInvalidOrAlreadyUsed; context: none
kratos-4070006 = Verifieringskoden är ogiltig eller har redan använts. Försök igen.

# ErrorSystem; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-5000000 = Något gick fel. Försök igen senare.

# ErrorSystemGeneric; context: reason (string: English text from Kratos, not shown: it is not Swedish)
kratos-5000001 = Ett fel uppstod i kontotjänsten. Försök igen.
