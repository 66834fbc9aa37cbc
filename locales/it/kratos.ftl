### Messaggi dell’interfaccia di Kratos, in italiano (registro informale: «tu»).
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
kratos-1010000 = Accesso

# InfoSelfServiceLogin; context: none
kratos-1010001 = Accedi

# InfoSelfServiceLoginWith; context: provider (string), provider_id (string)
kratos-1010002 = Accedi con { $provider }

# InfoSelfServiceLoginReAuth; context: none
kratos-1010003 = Per procedere con questa operazione, conferma la tua identità.

# InfoSelfServiceLoginMFA; context: none
kratos-1010004 = Completa il secondo passaggio di accesso.

# InfoSelfServiceLoginVerify; context: none
kratos-1010005 = Verifica

# InfoSelfServiceLoginTOTPLabel; context: none
kratos-1010006 = Codice dell’app di autenticazione

# InfoLoginLookupLabel; context: none
kratos-1010007 = Codice di backup

# InfoSelfServiceLoginWebAuthn; context: none
kratos-1010008 = Accedi con una chiave di sicurezza

# InfoLoginTOTP; context: none
kratos-1010009 = Usa l’app di autenticazione

# InfoLoginLookup; context: none
kratos-1010010 = Usa un codice di backup

# InfoSelfServiceLoginContinueWebAuthn; context: none
kratos-1010011 = Accedi con una chiave di sicurezza

# InfoSelfServiceLoginWebAuthnPasswordless; context: none
kratos-1010012 = Tieni a portata di mano la chiave di sicurezza o il dispositivo biometrico (ad esempio un lettore di impronte digitali), poi seleziona «Continua».

# InfoSelfServiceLoginContinue; context: none
kratos-1010013 = Continua

# InfoSelfServiceLoginEmailWithCodeSent; context: none
kratos-1010014 = Abbiamo inviato un codice all’indirizzo email che hai inserito. Se non lo ricevi, controlla che l’indirizzo sia scritto correttamente e prova di nuovo ad accedere.

# InfoSelfServiceLoginCode; context: none
kratos-1010015 = Inviami un codice di accesso

# InfoSelfServiceLoginLink; context: duplicateIdentifier (string), duplicate_identifier (string), provider (string), newLoginUrl (string), new_login_url (string), available_credential_types (array), available_providers (array)
kratos-1010016 = L’indirizzo email «{ $duplicate_identifier }» appartiene già a un account esistente. Accedi a quell’account con una delle opzioni qui sotto: il tuo account { $provider } verrà poi aggiunto come ulteriore metodo di accesso.

# InfoSelfServiceLoginAndLink; context: none
kratos-1010017 = Accedi e collega

# InfoSelfServiceLoginWithAndLink; context: provider (string)
kratos-1010018 = Conferma con { $provider }

# InfoSelfServiceLoginCodeMFA; context: none
kratos-1010019 = Ricevi un codice per continuare

# InfoSelfServiceLoginCodeMFAHint; context: none (declared but not emitted by Kratos v1.3.1)
kratos-1010020 = Per confermare che questo indirizzo è tuo, inseriscilo per intero.

# InfoSelfServiceLoginPasskey; context: none
kratos-1010021 = Accedi con una passkey

# InfoSelfServiceLoginPassword; context: none
kratos-1010022 = Accedi con la password

# InfoSelfServiceLoginAAL2CodeAddress; context: address (string), channel (string: email or sms)
kratos-1010023 = Invia il codice a { $address }

# InfoSelfServiceLogout; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1020000 = Esci

# InfoSelfServiceMFA; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1030000 = Passaggio di accesso aggiuntivo

# InfoSelfServiceRegistrationRoot; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1040000 = Registrazione

# InfoSelfServiceRegistration; context: none
kratos-1040001 = Registrati

# InfoSelfServiceRegistrationWith; context: provider (string), provider_id (string)
kratos-1040002 = Registrati con { $provider }

# InfoSelfServiceRegistrationContinue; context: none
kratos-1040003 = Continua

# InfoSelfServiceRegistrationRegisterWebAuthn; context: none
kratos-1040004 = Registrati con una chiave di sicurezza

# InfoSelfServiceRegistrationEmailWithCodeSent; context: none
kratos-1040005 = Abbiamo inviato un codice all’indirizzo email che hai inserito. Se non lo ricevi, controlla che l’indirizzo sia scritto correttamente e prova di nuovo a registrarti.

# InfoSelfServiceRegistrationRegisterCode; context: none
kratos-1040006 = Inviami un codice di registrazione

# InfoSelfServiceRegistrationRegisterPasskey; context: none
kratos-1040007 = Registrati con una passkey

# InfoSelfServiceRegistrationBack; context: none
kratos-1040008 = Indietro

# InfoSelfServiceRegistrationChooseCredentials; context: none
kratos-1040009 = Scegli come vuoi accedere.

# InfoSelfServiceSettings; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1050000 = Impostazioni account

# InfoSelfServiceSettingsUpdateSuccess; context: none
kratos-1050001 = Le modifiche sono state salvate.

# InfoSelfServiceSettingsUpdateLinkOidc; context: provider (string)
kratos-1050002 = Collega { $provider }

# InfoSelfServiceSettingsUpdateUnlinkOidc; context: provider (string)
kratos-1050003 = Scollega { $provider }

# InfoSelfServiceSettingsUpdateUnlinkTOTP; context: none
kratos-1050004 = Rimuovi l’app di autenticazione

# InfoSelfServiceSettingsTOTPQRCode; context: none
kratos-1050005 = Codice QR per l’app di autenticazione

# InfoSelfServiceSettingsTOTPSecret; context: secret (string); shown in a text node, passthrough
kratos-1050006 = { $secret }

# InfoSelfServiceSettingsRevealLookup; context: none
kratos-1050007 = Mostra i codici di backup

# InfoSelfServiceSettingsRegenerateLookup; context: none
kratos-1050008 = Genera nuovi codici di backup

# InfoSelfServiceSettingsLookupSecret; context: secret (string); one backup code, passthrough
kratos-1050009 = { $secret }

# InfoSelfServiceSettingsLookupSecretLabel; context: none
kratos-1050010 = Ecco i tuoi codici di backup. Conservali in un posto sicuro.

# InfoSelfServiceSettingsLookupConfirm; context: none
kratos-1050011 = Conferma i codici di backup

# InfoSelfServiceSettingsRegisterWebAuthn; context: none
kratos-1050012 = Aggiungi una chiave di sicurezza

# InfoSelfServiceSettingsRegisterWebAuthnDisplayName; context: none
kratos-1050013 = Nome della chiave di sicurezza

# InfoSelfServiceSettingsLookupSecretUsed; context: used_at (time as RFC 3339 string), used_at_unix (number)
kratos-1050014 = Già usato

# InfoSelfServiceSettingsLookupSecretList; context: secrets (array of objects: nested 1050009/1050014 messages); passthrough, best rendered item by item
kratos-1050015 = { $secrets }

# InfoSelfServiceSettingsDisableLookup; context: none
kratos-1050016 = Disattiva questo metodo

# InfoSelfServiceSettingsTOTPSecretLabel; context: none
kratos-1050017 = Non riesci a scansionare il codice QR? Inserisci invece questa chiave nell’app di autenticazione.

# InfoSelfServiceSettingsRemoveWebAuthn; context: display_name (string), added_at (time as RFC 3339 string), added_at_unix (number)
kratos-1050018 = Rimuovi la chiave di sicurezza «{ $display_name }»

# InfoSelfServiceSettingsRegisterPasskey; context: none
kratos-1050019 = Aggiungi una passkey

# InfoSelfServiceSettingsRemovePasskey; context: display_name (string), added_at (time as RFC 3339 string), added_at_unix (number)
kratos-1050020 = Rimuovi la passkey «{ $display_name }»

# InfoSelfServiceRecovery; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1060000 = Recupero dell’account

# InfoSelfServiceRecoverySuccessful; context: privilegedSessionExpiresAt (time as RFC 3339 string), privileged_session_expires_at (time as RFC 3339 string), privileged_session_expires_at_unix (number)
kratos-1060001 = Il tuo account è stato recuperato. Ora imposta una nuova password o aggiungi un altro metodo di accesso (ad esempio un account social): hai poco tempo per farlo.

# InfoSelfServiceRecoveryEmailSent; context: none
kratos-1060002 = Abbiamo inviato un link di recupero all’indirizzo email che hai inserito. Se non lo ricevi, controlla che l’indirizzo sia scritto correttamente e che sia quello usato per la registrazione.

# InfoSelfServiceRecoveryEmailWithCodeSent; context: none
kratos-1060003 = Abbiamo inviato un codice di recupero all’indirizzo email che hai inserito. Se non lo ricevi, controlla che l’indirizzo sia scritto correttamente e che sia quello usato per la registrazione.

# InfoNodeLabel; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1070000 = Campo

# InfoNodeLabelInputPassword; context: none
kratos-1070001 = Password

# InfoNodeLabelGenerated; context: title (string: title from the identity schema); passthrough
kratos-1070002 = { $title }

# InfoNodeLabelSave; context: none
kratos-1070003 = Salva

# InfoNodeLabelID; context: none
kratos-1070004 = ID

# InfoNodeLabelSubmit; context: none
kratos-1070005 = Invia

# InfoNodeLabelVerifyOTP; context: none
kratos-1070006 = Conferma il codice

# InfoNodeLabelEmail; context: none
kratos-1070007 = Email

# InfoNodeLabelResendOTP; context: none
kratos-1070008 = Invia di nuovo il codice

# InfoNodeLabelContinue; context: none
kratos-1070009 = Continua

# InfoNodeLabelRecoveryCode; context: none
kratos-1070010 = Codice di recupero

# InfoNodeLabelVerificationCode; context: none
kratos-1070011 = Codice di verifica

# InfoNodeLabelRegistrationCode; context: none
kratos-1070012 = Codice di registrazione

# InfoNodeLabelLoginCode; context: none
kratos-1070013 = Codice di accesso

# InfoNodeLabelLoginAndLinkCredential; context: none
kratos-1070014 = Accedi e collega l’account

# InfoNodeLabelCaptcha; context: none
kratos-1070015 = Per continuare, completa il captcha.

# InfoSelfServiceVerification; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1080000 = Verifica dell’indirizzo

# InfoSelfServiceVerificationEmailSent; context: none
kratos-1080001 = Abbiamo inviato un link di verifica all’indirizzo email che hai inserito. Se non lo ricevi, controlla che l’indirizzo sia scritto correttamente e che sia quello usato per la registrazione.

# InfoSelfServiceVerificationSuccessful; context: none
kratos-1080002 = Il tuo indirizzo email è stato verificato.

# InfoSelfServiceVerificationEmailWithCodeSent; context: none
kratos-1080003 = Abbiamo inviato un codice di verifica all’indirizzo email che hai inserito. Se non lo ricevi, controlla che l’indirizzo sia scritto correttamente e che sia quello usato per la registrazione.

# ErrorValidation; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4000000 = Controlla i dati inseriti.

# ErrorValidationGeneric; context: reason (string: English text from Kratos, not shown: it is not Italian)
kratos-4000001 = Questo valore non è valido. Controlla i dati inseriti.

# ErrorValidationRequired; context: property (string: name of the missing field, not shown: the message sits under the field and the error summary names its label)
kratos-4000002 = Compila questo campo.

# ErrorValidationMinLength; context: min_length (number), actual_length (number)
kratos-4000003 =
    { $min_length ->
        [one] Inserisci almeno { $min_length } carattere (inseriti: { $actual_length }).
       *[other] Inserisci almeno { $min_length } caratteri (inseriti: { $actual_length }).
    }

# ErrorValidationInvalidFormat; context: pattern (string: regular expression)
kratos-4000004 = Il valore non è nel formato richiesto (modello: { $pattern }).

# ErrorValidationPasswordPolicyViolationGeneric; context: reason (string: English text from Kratos, not shown: it is not Italian)
kratos-4000005 = Non puoi usare questa password. Scegline un’altra.

# ErrorValidationInvalidCredentials; context: none
kratos-4000006 = I dati di accesso non sono corretti. Controlla che password e nome utente, indirizzo email o numero di telefono non contengano errori di battitura.

# ErrorValidationDuplicateCredentials; context: none
kratos-4000007 = Esiste già un account con questo indirizzo email, numero di telefono o nome utente.

# ErrorValidationTOTPVerifierWrong; context: none
kratos-4000008 = Il codice dell’app di autenticazione non è corretto. Riprova.

# ErrorValidationIdentifierMissing; context: none
kratos-4000009 = Non è stato trovato nessun identificativo di accesso (ad esempio un indirizzo email o un nome utente). Controlla di averlo inserito. Se l’hai fatto, il server potrebbe non essere configurato correttamente.

# ErrorValidationAddressNotVerified; context: none
kratos-4000010 = Il tuo account non è ancora attivo. Hai verificato il tuo indirizzo email?

# ErrorValidationNoTOTPDevice; context: none
kratos-4000011 = Non hai configurato nessuna app di autenticazione.

# ErrorValidationLookupAlreadyUsed; context: none
kratos-4000012 = Questo codice di backup è già stato usato.

# ErrorValidationNoWebAuthnDevice; context: none
kratos-4000013 = Non hai configurato nessuna chiave di sicurezza.

# ErrorValidationNoLookup; context: none
kratos-4000014 = Non hai configurato i codici di backup.

# ErrorValidationSuchNoWebAuthnUser; context: none
kratos-4000015 = Questo account non esiste oppure non ha nessuna chiave di sicurezza configurata.

# ErrorValidationLookupInvalid; context: none
kratos-4000016 = Questo codice di backup non è valido.

# ErrorValidationMaxLength; context: max_length (number), actual_length (number)
kratos-4000017 =
    { $max_length ->
        [one] Inserisci al massimo { $max_length } carattere (inseriti: { $actual_length }).
       *[other] Inserisci al massimo { $max_length } caratteri (inseriti: { $actual_length }).
    }

# ErrorValidationMinimum; context: minimum (number), actual (number)
kratos-4000018 = Il valore deve essere uguale o superiore a { $minimum } (hai inserito { $actual }).

# ErrorValidationExclusiveMinimum; context: minimum (number), actual (number)
kratos-4000019 = Il valore deve essere superiore a { $minimum } (hai inserito { $actual }).

# ErrorValidationMaximum; context: maximum (number), actual (number)
kratos-4000020 = Il valore deve essere uguale o inferiore a { $maximum } (hai inserito { $actual }).

# ErrorValidationExclusiveMaximum; context: maximum (number), actual (number)
kratos-4000021 = Il valore deve essere inferiore a { $maximum } (hai inserito { $actual }).

# ErrorValidationMultipleOf; context: base (number), actual (number)
kratos-4000022 = Il valore deve essere un multiplo di { $base } (hai inserito { $actual }).

# ErrorValidationMaxItems; context: max_items (number), actual_items (number)
kratos-4000023 =
    { $max_items ->
        [one] È consentita al massimo { $max_items } voce (presenti: { $actual_items }).
       *[other] Sono consentite al massimo { $max_items } voci (presenti: { $actual_items }).
    }

# ErrorValidationMinItems; context: min_items (number), actual_items (number)
kratos-4000024 =
    { $min_items ->
        [one] È richiesta almeno { $min_items } voce (presenti: { $actual_items }).
       *[other] Sono richieste almeno { $min_items } voci (presenti: { $actual_items }).
    }

# ErrorValidationUniqueItems; context: index_a (number), index_b (number); zero-based positions, deliberately not shown
kratos-4000025 = L’elenco contiene più volte la stessa voce. Ogni voce può comparire una sola volta.

# ErrorValidationWrongType; context: allowed_types (array of JSON type names), actual_type (string)
kratos-4000026 = Il tipo di questo valore non è corretto (previsto: { $allowed_types }; ricevuto: { $actual_type }).

# ErrorValidationDuplicateCredentialsOnOIDCLink; context: none
kratos-4000027 = Esiste già un account con questo indirizzo email, numero di telefono o nome utente. Per collegare il tuo account social, accedi prima a quell’account.

# ErrorValidationDuplicateCredentialsWithHints; context: available_credential_types (array), available_oidc_providers (array), credential_identifier_hint (string, may be empty)
kratos-4000028 = Un altro account usa già «{ $credential_identifier_hint }». Accedi a quell’account con un metodo già configurato.

# ErrorValidationConst; context: expected (string: the required value)
kratos-4000029 = Il valore deve essere esattamente { $expected }.

# ErrorValidationConstGeneric; context: none
kratos-4000030 = Il valore non corrisponde a quello richiesto.

# ErrorValidationPasswordIdentifierTooSimilar; context: none
kratos-4000031 = Non puoi usare questa password perché è troppo simile al tuo identificativo di accesso (ad esempio l’indirizzo email o il nome utente).

# ErrorValidationPasswordMinLength; context: min_length (number), actual_length (number)
kratos-4000032 =
    { $min_length ->
        [one] La password deve contenere almeno { $min_length } carattere, ma ne contiene { $actual_length }.
       *[other] La password deve contenere almeno { $min_length } caratteri, ma ne contiene solo { $actual_length }.
    }

# ErrorValidationPasswordMaxLength; context: max_length (number), actual_length (number)
kratos-4000033 =
    { $max_length ->
        [one] La password può contenere al massimo { $max_length } carattere, ma ne contiene { $actual_length }.
       *[other] La password può contenere al massimo { $max_length } caratteri, ma ne contiene { $actual_length }.
    }

# ErrorValidationPasswordTooManyBreaches; context: breaches (number)
kratos-4000034 = Questa password è stata trovata in fughe di dati note e non può più essere usata. Scegline un’altra.

# ErrorValidationNoCodeUser; context: none
kratos-4000035 = Questo account non esiste oppure non è configurato per l’accesso con codice.

# ErrorValidationTraitsMismatch; context: none
kratos-4000036 = I dati inseriti non corrispondono a quelli indicati in precedenza in questa procedura.

# ErrorValidationAccountNotFound; context: none
kratos-4000037 = Questo account non esiste oppure non ha nessun metodo di accesso configurato.

# ErrorValidationCaptchaError; context: none
kratos-4000038 = La verifica captcha non è riuscita. Riprova.

# ErrorValidationLogin; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4010000 = Accesso non riuscito. Controlla i dati inseriti.

# ErrorValidationLoginFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4010001 = Il tentativo di accesso è scaduto. Riprova.

# ErrorValidationLoginNoStrategyFound; context: none
kratos-4010002 = Non abbiamo trovato un modo per farti accedere. Controlla di aver compilato correttamente il modulo.

# ErrorValidationRegistrationNoStrategyFound; context: none
kratos-4010003 = Non abbiamo trovato un modo per creare il tuo account. Controlla di aver compilato correttamente il modulo.

# ErrorValidationSettingsNoStrategyFound; context: none
kratos-4010004 = Non abbiamo trovato un modo per aggiornare le tue impostazioni. Controlla di aver compilato correttamente il modulo.

# ErrorValidationRecoveryNoStrategyFound; context: none
kratos-4010005 = Non abbiamo trovato un modo per recuperare il tuo account. Controlla di aver compilato correttamente il modulo.

# ErrorValidationVerificationNoStrategyFound; context: none
kratos-4010006 = Non abbiamo trovato un modo per verificare il tuo account. Controlla di aver compilato correttamente il modulo.

# ErrorValidationLoginRetrySuccess; context: none
kratos-4010007 = Questa richiesta è già stata completata correttamente e non può essere ripetuta.

# ErrorValidationLoginCodeInvalidOrAlreadyUsed; context: none
kratos-4010008 = Questo codice di accesso non è valido o è già stato usato. Riprova.

# ErrorValidationLoginLinkedCredentialsDoNotMatch; context: none
kratos-4010009 = I dati di accesso che stai cercando di collegare non corrispondono.

# ErrorValidationLoginAddressUnknown; context: none
kratos-4010010 = L’indirizzo inserito non corrisponde a nessuno degli indirizzi salvati in questo account.

# ErrorValidationRegistration; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4040000 = Registrazione non riuscita. Controlla i dati inseriti.

# ErrorValidationRegistrationFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4040001 = Il tentativo di registrazione è scaduto. Riprova.

# ErrorValidateionRegistrationRetrySuccess; context: none
kratos-4040002 = Questa richiesta è già stata completata correttamente e non può essere ripetuta.

# ErrorValidationRegistrationCodeInvalidOrAlreadyUsed; context: none
kratos-4040003 = Questo codice di registrazione non è valido o è già stato usato. Riprova.

# ErrorValidationSettings; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4050000 = Impossibile salvare le impostazioni. Controlla i dati inseriti.

# ErrorValidationSettingsFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4050001 = Il tempo per modificare le impostazioni è scaduto. Riprova.

# ErrorValidationRecovery; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4060000 = Recupero dell’account non riuscito. Controlla i dati inseriti.

# ErrorValidationRecoveryRetrySuccess; context: none
kratos-4060001 = Questa richiesta è già stata completata correttamente e non può essere ripetuta.

# ErrorValidationRecoveryStateFailure; context: none
kratos-4060002 = Si è verificato un errore durante il recupero dell’account. Ricomincia.

# ErrorValidationRecoveryMissingRecoveryToken; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4060003 = Il link di recupero è incompleto. Avvia di nuovo il recupero dell’account.

# ErrorValidationRecoveryTokenInvalidOrAlreadyUsed; context: none
kratos-4060004 = Questo link di recupero non è valido o è già stato usato. Ricomincia.

# ErrorValidationRecoveryFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4060005 = Il tentativo di recupero dell’account è scaduto. Riprova.

# ErrorValidationRecoveryCodeInvalidOrAlreadyUsed; context: none
kratos-4060006 = Questo codice di recupero non è valido o è già stato usato. Riprova.

# ErrorValidationVerification; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4070000 = Verifica non riuscita. Controlla i dati inseriti.

# ErrorValidationVerificationTokenInvalidOrAlreadyUsed; context: none
kratos-4070001 = Questo link di verifica non è valido o è già stato usato. Ricomincia.

# ErrorValidationVerificationRetrySuccess; context: none
kratos-4070002 = Questa richiesta è già stata completata correttamente e non può essere ripetuta.

# ErrorValidationVerificationStateFailure; context: none
kratos-4070003 = Si è verificato un errore durante la verifica. Ricomincia.

# ErrorValidationVerificationMissingVerificationToken; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4070004 = Il link di verifica è incompleto. Avvia di nuovo la verifica.

# ErrorValidationVerificationFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4070005 = Il tentativo di verifica è scaduto. Riprova.

# ErrorValidationVerificationCodeInvalidOrAlreadyUsed; context: none
kratos-4070006 = Questo codice di verifica non è valido o è già stato usato. Riprova.

# ErrorSystem; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-5000000 = Qualcosa è andato storto. Riprova più tardi.

# ErrorSystemGeneric; context: reason (string: English text from Kratos, not shown: it is not Italian)
kratos-5000001 = Si è verificato un errore nel servizio account. Riprova.
