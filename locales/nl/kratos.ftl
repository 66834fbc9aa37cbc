### Kratos-UI-meldingen, Nederlands (aanspreekvorm: je/jouw).
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
###
### Terms used here and in ui.ftl: inloggen, uitloggen, registreren / account maken,
### wachtwoord, toegangssleutel (passkey), beveiligingssleutel (security key),
### authenticator-app, back-upcode, herstelcode, verificatiecode, koppelen (connect).

# InfoSelfServiceLoginRoot; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1010000 = Inloggen

# InfoSelfServiceLogin; context: none
kratos-1010001 = Inloggen

# InfoSelfServiceLoginWith; context: provider (string), provider_id (string)
kratos-1010002 = Inloggen met { $provider }

# InfoSelfServiceLoginReAuth; context: none
kratos-1010003 = Bevestig voor deze actie dat jij het echt bent.

# InfoSelfServiceLoginMFA; context: none
kratos-1010004 = Voltooi de tweede inlogstap.

# InfoSelfServiceLoginVerify; context: none
kratos-1010005 = Verifiëren

# InfoSelfServiceLoginTOTPLabel; context: none
kratos-1010006 = Code uit authenticator-app

# InfoLoginLookupLabel; context: none
kratos-1010007 = Back-upcode

# InfoSelfServiceLoginWebAuthn; context: none
kratos-1010008 = Inloggen met beveiligingssleutel

# InfoLoginTOTP; context: none
kratos-1010009 = Authenticator-app gebruiken

# InfoLoginLookup; context: none
kratos-1010010 = Een back-upcode gebruiken

# InfoSelfServiceLoginContinueWebAuthn; context: none
kratos-1010011 = Inloggen met beveiligingssleutel

# InfoSelfServiceLoginWebAuthnPasswordless; context: none
kratos-1010012 = Houd je beveiligingssleutel of biometrische apparaat (zoals een vingerafdruklezer) bij de hand en selecteer dan “Doorgaan”.

# InfoSelfServiceLoginContinue; context: none
kratos-1010013 = Doorgaan

# InfoSelfServiceLoginEmailWithCodeSent; context: none
kratos-1010014 = We hebben een code gestuurd naar het e-mailadres dat je hebt ingevoerd. Komt er niets binnen? Controleer of het adres goed is gespeld en probeer opnieuw in te loggen.

# InfoSelfServiceLoginCode; context: none
kratos-1010015 = Stuur me een inlogcode

# InfoSelfServiceLoginLink; context: duplicateIdentifier (string), duplicate_identifier (string), provider (string), newLoginUrl (string), new_login_url (string), available_credential_types (array), available_providers (array)
kratos-1010016 = Het e-mailadres “{ $duplicate_identifier }” hoort al bij een bestaand account. Log in op dat account met een van de onderstaande opties. Daarna wordt je { $provider }-account toegevoegd als extra manier om in te loggen.

# InfoSelfServiceLoginAndLink; context: none
kratos-1010017 = Inloggen en koppelen

# InfoSelfServiceLoginWithAndLink; context: provider (string)
kratos-1010018 = Bevestigen met { $provider }

# InfoSelfServiceLoginCodeMFA; context: none
kratos-1010019 = Code aanvragen om door te gaan

# InfoSelfServiceLoginCodeMFAHint; context: none (declared but not emitted by Kratos v1.3.1)
kratos-1010020 = Voer het adres volledig in om te bevestigen dat het van jou is.

# InfoSelfServiceLoginPasskey; context: none
kratos-1010021 = Inloggen met toegangssleutel

# InfoSelfServiceLoginPassword; context: none
kratos-1010022 = Inloggen met wachtwoord

# InfoSelfServiceLoginAAL2CodeAddress; context: address (string), channel (string: email or sms)
kratos-1010023 = Code sturen naar { $address }

# InfoSelfServiceLogout; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1020000 = Uitloggen

# InfoSelfServiceMFA; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1030000 = Extra inlogstap

# InfoSelfServiceRegistrationRoot; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1040000 = Registratie

# InfoSelfServiceRegistration; context: none
kratos-1040001 = Registreren

# InfoSelfServiceRegistrationWith; context: provider (string), provider_id (string)
kratos-1040002 = Registreren met { $provider }

# InfoSelfServiceRegistrationContinue; context: none
kratos-1040003 = Doorgaan

# InfoSelfServiceRegistrationRegisterWebAuthn; context: none
kratos-1040004 = Registreren met beveiligingssleutel

# InfoSelfServiceRegistrationEmailWithCodeSent; context: none
kratos-1040005 = We hebben een code gestuurd naar het e-mailadres dat je hebt ingevoerd. Komt er niets binnen? Controleer of het adres goed is gespeld en probeer je opnieuw te registreren.

# InfoSelfServiceRegistrationRegisterCode; context: none
kratos-1040006 = Stuur me een registratiecode

# InfoSelfServiceRegistrationRegisterPasskey; context: none
kratos-1040007 = Registreren met toegangssleutel

# InfoSelfServiceRegistrationBack; context: none
kratos-1040008 = Terug

# InfoSelfServiceRegistrationChooseCredentials; context: none
kratos-1040009 = Kies hoe je wilt inloggen.

# InfoSelfServiceSettings; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1050000 = Accountinstellingen

# InfoSelfServiceSettingsUpdateSuccess; context: none
kratos-1050001 = Je wijzigingen zijn opgeslagen.

# InfoSelfServiceSettingsUpdateLinkOidc; context: provider (string)
kratos-1050002 = { $provider } koppelen

# InfoSelfServiceSettingsUpdateUnlinkOidc; context: provider (string)
kratos-1050003 = { $provider } ontkoppelen

# InfoSelfServiceSettingsUpdateUnlinkTOTP; context: none
kratos-1050004 = Authenticator-app verwijderen

# InfoSelfServiceSettingsTOTPQRCode; context: none
kratos-1050005 = QR-code voor je authenticator-app

# InfoSelfServiceSettingsTOTPSecret; context: secret (string); shown in a text node, passthrough
kratos-1050006 = { $secret }

# InfoSelfServiceSettingsRevealLookup; context: none
kratos-1050007 = Back-upcodes tonen

# InfoSelfServiceSettingsRegenerateLookup; context: none
kratos-1050008 = Nieuwe back-upcodes maken

# InfoSelfServiceSettingsLookupSecret; context: secret (string); one backup code, passthrough
kratos-1050009 = { $secret }

# InfoSelfServiceSettingsLookupSecretLabel; context: none
kratos-1050010 = Dit zijn je back-upcodes. Bewaar ze op een veilige plek.

# InfoSelfServiceSettingsLookupConfirm; context: none
kratos-1050011 = Back-upcodes bevestigen

# InfoSelfServiceSettingsRegisterWebAuthn; context: none
kratos-1050012 = Beveiligingssleutel toevoegen

# InfoSelfServiceSettingsRegisterWebAuthnDisplayName; context: none
kratos-1050013 = Naam van de beveiligingssleutel

# InfoSelfServiceSettingsLookupSecretUsed; context: used_at (time as RFC 3339 string), used_at_unix (number)
kratos-1050014 = Al gebruikt

# InfoSelfServiceSettingsLookupSecretList; context: secrets (array of objects: nested 1050009/1050014 messages); passthrough, best rendered item by item
kratos-1050015 = { $secrets }

# InfoSelfServiceSettingsDisableLookup; context: none
kratos-1050016 = Deze methode uitschakelen

# InfoSelfServiceSettingsTOTPSecretLabel; context: none
kratos-1050017 = Kun je de QR-code niet scannen? Voer dan deze sleutel in je authenticator-app in.

# InfoSelfServiceSettingsRemoveWebAuthn; context: display_name (string), added_at (time as RFC 3339 string), added_at_unix (number)
kratos-1050018 = Beveiligingssleutel “{ $display_name }” verwijderen

# InfoSelfServiceSettingsRegisterPasskey; context: none
kratos-1050019 = Toegangssleutel toevoegen

# InfoSelfServiceSettingsRemovePasskey; context: display_name (string), added_at (time as RFC 3339 string), added_at_unix (number)
kratos-1050020 = Toegangssleutel “{ $display_name }” verwijderen

# InfoSelfServiceRecovery; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1060000 = Accountherstel

# InfoSelfServiceRecoverySuccessful; context: privilegedSessionExpiresAt (time as RFC 3339 string), privileged_session_expires_at (time as RFC 3339 string), privileged_session_expires_at_unix (number)
kratos-1060001 = Je account is hersteld. Stel nu een nieuw wachtwoord in of voeg een andere manier toe om in te loggen (bijvoorbeeld een gekoppeld account). Dat kan maar korte tijd.

# InfoSelfServiceRecoveryEmailSent; context: none
kratos-1060002 = We hebben een herstellink gestuurd naar het e-mailadres dat je hebt ingevoerd. Komt er niets binnen? Controleer of het adres goed is gespeld en of je je met dit adres hebt geregistreerd.

# InfoSelfServiceRecoveryEmailWithCodeSent; context: none
kratos-1060003 = We hebben een herstelcode gestuurd naar het e-mailadres dat je hebt ingevoerd. Komt er niets binnen? Controleer of het adres goed is gespeld en of je je met dit adres hebt geregistreerd.

# InfoNodeLabel; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1070000 = Veld

# InfoNodeLabelInputPassword; context: none
kratos-1070001 = Wachtwoord

# InfoNodeLabelGenerated; context: title (string: title from the identity schema); passthrough
kratos-1070002 = { $title }

# InfoNodeLabelSave; context: none
kratos-1070003 = Opslaan

# InfoNodeLabelID; context: none
kratos-1070004 = ID

# InfoNodeLabelSubmit; context: none
kratos-1070005 = Verzenden

# InfoNodeLabelVerifyOTP; context: none
kratos-1070006 = Code bevestigen

# InfoNodeLabelEmail; context: none
kratos-1070007 = E-mailadres

# InfoNodeLabelResendOTP; context: none
kratos-1070008 = Code opnieuw sturen

# InfoNodeLabelContinue; context: none
kratos-1070009 = Doorgaan

# InfoNodeLabelRecoveryCode; context: none
kratos-1070010 = Herstelcode

# InfoNodeLabelVerificationCode; context: none
kratos-1070011 = Verificatiecode

# InfoNodeLabelRegistrationCode; context: none
kratos-1070012 = Registratiecode

# InfoNodeLabelLoginCode; context: none
kratos-1070013 = Inlogcode

# InfoNodeLabelLoginAndLinkCredential; context: none
kratos-1070014 = Inloggen en account koppelen

# InfoNodeLabelCaptcha; context: none
kratos-1070015 = Voltooi de captcha om door te gaan.

# InfoSelfServiceVerification; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1080000 = Adresverificatie

# InfoSelfServiceVerificationEmailSent; context: none
kratos-1080001 = We hebben een verificatielink gestuurd naar het e-mailadres dat je hebt ingevoerd. Komt er niets binnen? Controleer of het adres goed is gespeld en of je je met dit adres hebt geregistreerd.

# InfoSelfServiceVerificationSuccessful; context: none
kratos-1080002 = Je e-mailadres is geverifieerd.

# InfoSelfServiceVerificationEmailWithCodeSent; context: none
kratos-1080003 = We hebben een verificatiecode gestuurd naar het e-mailadres dat je hebt ingevoerd. Komt er niets binnen? Controleer of het adres goed is gespeld en of je je met dit adres hebt geregistreerd.

# ErrorValidation; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4000000 = Controleer je invoer.

# ErrorValidationGeneric; context: reason (string: English text from Kratos, not shown: it is not Dutch)
kratos-4000001 = Deze waarde is ongeldig. Controleer je invoer.

# ErrorValidationRequired; context: property (string: name of the missing field, not shown: the message sits under the field and the error summary names its label)
kratos-4000002 = Vul dit veld in.

# ErrorValidationMinLength; context: min_length (number), actual_length (number)
kratos-4000003 =
    { $min_length ->
        [one] Voer minstens { $min_length } teken in (je hebt er { $actual_length } ingevoerd).
       *[other] Voer minstens { $min_length } tekens in (je hebt er { $actual_length } ingevoerd).
    }

# ErrorValidationInvalidFormat; context: pattern (string: regular expression)
kratos-4000004 = De waarde heeft niet de vereiste indeling (patroon: { $pattern }).

# ErrorValidationPasswordPolicyViolationGeneric; context: reason (string: English text from Kratos, not shown: it is not Dutch)
kratos-4000005 = Dit wachtwoord kan niet worden gebruikt. Kies een ander wachtwoord.

# ErrorValidationInvalidCredentials; context: none
kratos-4000006 = De inloggegevens kloppen niet. Controleer je wachtwoord en je gebruikersnaam, e-mailadres of telefoonnummer op typefouten.

# ErrorValidationDuplicateCredentials; context: none
kratos-4000007 = Er bestaat al een account met dit e-mailadres, dit telefoonnummer of deze gebruikersnaam.

# ErrorValidationTOTPVerifierWrong; context: none
kratos-4000008 = De code uit je authenticator-app klopt niet. Probeer het opnieuw.

# ErrorValidationIdentifierMissing; context: none
kratos-4000009 = Er is geen inlognaam (zoals een e-mailadres of gebruikersnaam) gevonden. Controleer of je die hebt ingevuld. Heb je dat gedaan, dan is de server mogelijk verkeerd ingesteld.

# ErrorValidationAddressNotVerified; context: none
kratos-4000010 = Je account is nog niet actief. Heb je je e-mailadres al geverifieerd?

# ErrorValidationNoTOTPDevice; context: none
kratos-4000011 = Je hebt geen authenticator-app ingesteld.

# ErrorValidationLookupAlreadyUsed; context: none
kratos-4000012 = Deze back-upcode is al gebruikt.

# ErrorValidationNoWebAuthnDevice; context: none
kratos-4000013 = Je hebt geen beveiligingssleutel ingesteld.

# ErrorValidationNoLookup; context: none
kratos-4000014 = Je hebt geen back-upcodes ingesteld.

# ErrorValidationSuchNoWebAuthnUser; context: none
kratos-4000015 = Dit account bestaat niet, of er is geen beveiligingssleutel voor ingesteld.

# ErrorValidationLookupInvalid; context: none
kratos-4000016 = Deze back-upcode is ongeldig.

# ErrorValidationMaxLength; context: max_length (number), actual_length (number)
kratos-4000017 =
    { $max_length ->
        [one] Voer maximaal { $max_length } teken in (je hebt er { $actual_length } ingevoerd).
       *[other] Voer maximaal { $max_length } tekens in (je hebt er { $actual_length } ingevoerd).
    }

# ErrorValidationMinimum; context: minimum (number), actual (number)
kratos-4000018 = De waarde moet minstens { $minimum } zijn (je hebt { $actual } ingevoerd).

# ErrorValidationExclusiveMinimum; context: minimum (number), actual (number)
kratos-4000019 = De waarde moet groter zijn dan { $minimum } (je hebt { $actual } ingevoerd).

# ErrorValidationMaximum; context: maximum (number), actual (number)
kratos-4000020 = De waarde mag hoogstens { $maximum } zijn (je hebt { $actual } ingevoerd).

# ErrorValidationExclusiveMaximum; context: maximum (number), actual (number)
kratos-4000021 = De waarde moet kleiner zijn dan { $maximum } (je hebt { $actual } ingevoerd).

# ErrorValidationMultipleOf; context: base (number), actual (number)
kratos-4000022 = De waarde moet een veelvoud van { $base } zijn (je hebt { $actual } ingevoerd).

# ErrorValidationMaxItems; context: max_items (number), actual_items (number)
kratos-4000023 =
    { $max_items ->
        [one] Er is maximaal { $max_items } item toegestaan (aantal nu: { $actual_items }).
       *[other] Er zijn maximaal { $max_items } items toegestaan (aantal nu: { $actual_items }).
    }

# ErrorValidationMinItems; context: min_items (number), actual_items (number)
kratos-4000024 =
    { $min_items ->
        [one] Er is minstens { $min_items } item vereist (aantal nu: { $actual_items }).
       *[other] Er zijn minstens { $min_items } items vereist (aantal nu: { $actual_items }).
    }

# ErrorValidationUniqueItems; context: index_a (number), index_b (number); zero-based positions, deliberately not shown
kratos-4000025 = De lijst bevat hetzelfde item meer dan eens. Elk item mag maar één keer voorkomen.

# ErrorValidationWrongType; context: allowed_types (array of JSON type names), actual_type (string)
kratos-4000026 = Deze waarde heeft het verkeerde type (verwacht: { $allowed_types }; ontvangen: { $actual_type }).

# ErrorValidationDuplicateCredentialsOnOIDCLink; context: none
kratos-4000027 = Er bestaat al een account met dit e-mailadres, dit telefoonnummer of deze gebruikersnaam. Log eerst in op dat account om je account bij de andere dienst te koppelen.

# ErrorValidationDuplicateCredentialsWithHints; context: available_credential_types (array), available_oidc_providers (array), credential_identifier_hint (string, may be empty)
kratos-4000028 = Een ander account gebruikt “{ $credential_identifier_hint }” al. Log in op dat account met een methode die daarvoor al is ingesteld.

# ErrorValidationConst; context: expected (string: the required value)
kratos-4000029 = De waarde moet precies { $expected } zijn.

# ErrorValidationConstGeneric; context: none
kratos-4000030 = De waarde komt niet overeen met de vereiste waarde.

# ErrorValidationPasswordIdentifierTooSimilar; context: none
kratos-4000031 = Dit wachtwoord kan niet worden gebruikt, omdat het te veel lijkt op je inlognaam (bijvoorbeeld je e-mailadres of gebruikersnaam).

# ErrorValidationPasswordMinLength; context: min_length (number), actual_length (number)
kratos-4000032 =
    { $min_length ->
        [one] Je wachtwoord moet minstens { $min_length } teken lang zijn, maar het bevat er { $actual_length }.
       *[other] Je wachtwoord moet minstens { $min_length } tekens lang zijn, maar het bevat er { $actual_length }.
    }

# ErrorValidationPasswordMaxLength; context: max_length (number), actual_length (number)
kratos-4000033 =
    { $max_length ->
        [one] Je wachtwoord mag maximaal { $max_length } teken lang zijn, maar het bevat er { $actual_length }.
       *[other] Je wachtwoord mag maximaal { $max_length } tekens lang zijn, maar het bevat er { $actual_length }.
    }

# ErrorValidationPasswordTooManyBreaches; context: breaches (number)
kratos-4000034 = Dit wachtwoord komt voor in bekende datalekken en mag niet meer worden gebruikt. Kies een ander wachtwoord.

# ErrorValidationNoCodeUser; context: none
kratos-4000035 = Dit account bestaat niet, of inloggen met een code is er niet voor ingesteld.

# ErrorValidationTraitsMismatch; context: none
kratos-4000036 = De gegevens die je hebt ingevoerd, komen niet overeen met de gegevens die je eerder in dit proces hebt opgegeven.

# ErrorValidationAccountNotFound; context: none
kratos-4000037 = Dit account bestaat niet, of er is geen inlogmethode voor ingesteld.

# ErrorValidationCaptchaError; context: none
kratos-4000038 = De captcha-controle is mislukt. Probeer het opnieuw.

# ErrorValidationLogin; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4010000 = Inloggen is mislukt. Controleer je invoer.

# ErrorValidationLoginFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4010001 = Je inlogpoging is verlopen. Probeer het opnieuw.

# ErrorValidationLoginNoStrategyFound; context: none
kratos-4010002 = We hebben geen manier gevonden om je in te loggen. Controleer of je het formulier goed hebt ingevuld.

# ErrorValidationRegistrationNoStrategyFound; context: none
kratos-4010003 = We hebben geen manier gevonden om je account te maken. Controleer of je het formulier goed hebt ingevuld.

# ErrorValidationSettingsNoStrategyFound; context: none
kratos-4010004 = We hebben geen manier gevonden om je instellingen bij te werken. Controleer of je het formulier goed hebt ingevuld.

# ErrorValidationRecoveryNoStrategyFound; context: none
kratos-4010005 = We hebben geen manier gevonden om je account te herstellen. Controleer of je het formulier goed hebt ingevuld.

# ErrorValidationVerificationNoStrategyFound; context: none
kratos-4010006 = We hebben geen manier gevonden om je account te verifiëren. Controleer of je het formulier goed hebt ingevuld.

# ErrorValidationLoginRetrySuccess; context: none
kratos-4010007 = Dit verzoek is al met succes afgerond en kan niet worden herhaald.

# ErrorValidationLoginCodeInvalidOrAlreadyUsed; context: none
kratos-4010008 = Deze inlogcode is ongeldig of al gebruikt. Probeer het opnieuw.

# ErrorValidationLoginLinkedCredentialsDoNotMatch; context: none
kratos-4010009 = De inloggegevens die je probeert te koppelen, komen niet overeen.

# ErrorValidationLoginAddressUnknown; context: none
kratos-4010010 = Het adres dat je hebt ingevoerd, komt niet overeen met een adres dat in dit account is opgeslagen.

# ErrorValidationRegistration; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4040000 = Registreren is mislukt. Controleer je invoer.

# ErrorValidationRegistrationFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4040001 = Je registratiepoging is verlopen. Probeer het opnieuw.

# ErrorValidateionRegistrationRetrySuccess; context: none
kratos-4040002 = Dit verzoek is al met succes afgerond en kan niet worden herhaald.

# ErrorValidationRegistrationCodeInvalidOrAlreadyUsed; context: none
kratos-4040003 = Deze registratiecode is ongeldig of al gebruikt. Probeer het opnieuw.

# ErrorValidationSettings; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4050000 = Je instellingen konden niet worden opgeslagen. Controleer je invoer.

# ErrorValidationSettingsFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4050001 = De tijd om je instellingen te wijzigen is verstreken. Probeer het opnieuw.

# ErrorValidationRecovery; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4060000 = Accountherstel is mislukt. Controleer je invoer.

# ErrorValidationRecoveryRetrySuccess; context: none
kratos-4060001 = Dit verzoek is al met succes afgerond en kan niet worden herhaald.

# ErrorValidationRecoveryStateFailure; context: none
kratos-4060002 = Er is iets misgegaan bij het herstellen van je account. Begin opnieuw.

# ErrorValidationRecoveryMissingRecoveryToken; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4060003 = De herstellink is onvolledig. Begin opnieuw met het herstellen van je account.

# ErrorValidationRecoveryTokenInvalidOrAlreadyUsed; context: none
kratos-4060004 = Deze herstellink is ongeldig of al gebruikt. Begin opnieuw.

# ErrorValidationRecoveryFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4060005 = Je poging om je account te herstellen is verlopen. Probeer het opnieuw.

# ErrorValidationRecoveryCodeInvalidOrAlreadyUsed; context: none
kratos-4060006 = Deze herstelcode is ongeldig of al gebruikt. Probeer het opnieuw.

# ErrorValidationVerification; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4070000 = Verificatie is mislukt. Controleer je invoer.

# ErrorValidationVerificationTokenInvalidOrAlreadyUsed; context: none
kratos-4070001 = Deze verificatielink is ongeldig of al gebruikt. Begin opnieuw.

# ErrorValidationVerificationRetrySuccess; context: none
kratos-4070002 = Dit verzoek is al met succes afgerond en kan niet worden herhaald.

# ErrorValidationVerificationStateFailure; context: none
kratos-4070003 = Er is iets misgegaan bij de verificatie. Begin opnieuw.

# ErrorValidationVerificationMissingVerificationToken; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4070004 = De verificatielink is onvolledig. Begin opnieuw met de verificatie.

# ErrorValidationVerificationFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4070005 = Je verificatiepoging is verlopen. Probeer het opnieuw.

# ErrorValidationVerificationCodeInvalidOrAlreadyUsed; context: none
kratos-4070006 = Deze verificatiecode is ongeldig of al gebruikt. Probeer het opnieuw.

# ErrorSystem; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-5000000 = Er is iets misgegaan. Probeer het later opnieuw.

# ErrorSystemGeneric; context: reason (string: English text from Kratos, not shown: it is not Dutch)
kratos-5000001 = Er is een fout opgetreden in het accountsysteem. Probeer het opnieuw.
