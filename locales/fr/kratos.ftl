### Messages de l’interface Kratos, en français (vouvoiement : « vous »).
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
kratos-1010000 = Connexion

# InfoSelfServiceLogin; context: none
kratos-1010001 = Se connecter

# InfoSelfServiceLoginWith; context: provider (string), provider_id (string)
kratos-1010002 = Se connecter avec { $provider }

# InfoSelfServiceLoginReAuth; context: none
kratos-1010003 = Veuillez confirmer votre identité pour effectuer cette action.

# InfoSelfServiceLoginMFA; context: none
kratos-1010004 = Veuillez effectuer la deuxième étape de connexion.

# InfoSelfServiceLoginVerify; context: none
kratos-1010005 = Vérifier

# InfoSelfServiceLoginTOTPLabel; context: none
kratos-1010006 = Code de l’application d’authentification

# InfoLoginLookupLabel; context: none
kratos-1010007 = Code de secours

# InfoSelfServiceLoginWebAuthn; context: none
kratos-1010008 = Se connecter avec une clé de sécurité

# InfoLoginTOTP; context: none
kratos-1010009 = Utiliser l’application d’authentification

# InfoLoginLookup; context: none
kratos-1010010 = Utiliser un code de secours

# InfoSelfServiceLoginContinueWebAuthn; context: none
kratos-1010011 = Se connecter avec une clé de sécurité

# InfoSelfServiceLoginWebAuthnPasswordless; context: none
kratos-1010012 = Préparez votre clé de sécurité ou votre appareil biométrique (un lecteur d’empreintes digitales, par exemple), puis sélectionnez « Continuer ».

# InfoSelfServiceLoginContinue; context: none
kratos-1010013 = Continuer

# InfoSelfServiceLoginEmailWithCodeSent; context: none
kratos-1010014 = Nous avons envoyé un code à l’adresse e-mail que vous avez saisie. Si vous ne le recevez pas, vérifiez l’orthographe de l’adresse et réessayez de vous connecter.

# InfoSelfServiceLoginCode; context: none
kratos-1010015 = M’envoyer un code de connexion

# InfoSelfServiceLoginLink; context: duplicateIdentifier (string), duplicate_identifier (string), provider (string), newLoginUrl (string), new_login_url (string), available_credential_types (array), available_providers (array)
kratos-1010016 = L’adresse e-mail « { $duplicate_identifier } » appartient déjà à un compte existant. Connectez-vous à ce compte avec l’une des options ci-dessous. Votre compte { $provider } sera ensuite ajouté comme autre moyen de connexion.

# InfoSelfServiceLoginAndLink; context: none
kratos-1010017 = Se connecter et associer

# InfoSelfServiceLoginWithAndLink; context: provider (string)
kratos-1010018 = Confirmer avec { $provider }

# InfoSelfServiceLoginCodeMFA; context: none
kratos-1010019 = Recevoir un code pour continuer

# InfoSelfServiceLoginCodeMFAHint; context: none (declared but not emitted by Kratos v1.3.1)
kratos-1010020 = Pour confirmer que cette adresse vous appartient, veuillez la saisir en entier.

# InfoSelfServiceLoginPasskey; context: none
kratos-1010021 = Se connecter avec une clé d’accès

# InfoSelfServiceLoginPassword; context: none
kratos-1010022 = Se connecter avec un mot de passe

# InfoSelfServiceLoginAAL2CodeAddress; context: address (string), channel (string: email or sms)
kratos-1010023 = Envoyer le code à { $address }

# InfoSelfServiceLogout; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1020000 = Déconnexion

# InfoSelfServiceMFA; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1030000 = Étape de connexion supplémentaire

# InfoSelfServiceRegistrationRoot; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1040000 = Inscription

# InfoSelfServiceRegistration; context: none
kratos-1040001 = S’inscrire

# InfoSelfServiceRegistrationWith; context: provider (string), provider_id (string)
kratos-1040002 = S’inscrire avec { $provider }

# InfoSelfServiceRegistrationContinue; context: none
kratos-1040003 = Continuer

# InfoSelfServiceRegistrationRegisterWebAuthn; context: none
kratos-1040004 = S’inscrire avec une clé de sécurité

# InfoSelfServiceRegistrationEmailWithCodeSent; context: none
kratos-1040005 = Nous avons envoyé un code à l’adresse e-mail que vous avez saisie. Si vous ne le recevez pas, vérifiez l’orthographe de l’adresse et réessayez de vous inscrire.

# InfoSelfServiceRegistrationRegisterCode; context: none
kratos-1040006 = M’envoyer un code d’inscription

# InfoSelfServiceRegistrationRegisterPasskey; context: none
kratos-1040007 = S’inscrire avec une clé d’accès

# InfoSelfServiceRegistrationBack; context: none
kratos-1040008 = Retour

# InfoSelfServiceRegistrationChooseCredentials; context: none
kratos-1040009 = Choisissez comment vous souhaitez vous connecter.

# InfoSelfServiceSettings; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1050000 = Paramètres du compte

# InfoSelfServiceSettingsUpdateSuccess; context: none
kratos-1050001 = Vos modifications ont été enregistrées.

# InfoSelfServiceSettingsUpdateLinkOidc; context: provider (string)
kratos-1050002 = Associer { $provider }

# InfoSelfServiceSettingsUpdateUnlinkOidc; context: provider (string)
kratos-1050003 = Dissocier { $provider }

# InfoSelfServiceSettingsUpdateUnlinkTOTP; context: none
kratos-1050004 = Supprimer l’application d’authentification

# InfoSelfServiceSettingsTOTPQRCode; context: none
kratos-1050005 = QR code pour votre application d’authentification

# InfoSelfServiceSettingsTOTPSecret; context: secret (string); shown in a text node, passthrough
kratos-1050006 = { $secret }

# InfoSelfServiceSettingsRevealLookup; context: none
kratos-1050007 = Afficher les codes de secours

# InfoSelfServiceSettingsRegenerateLookup; context: none
kratos-1050008 = Générer de nouveaux codes de secours

# InfoSelfServiceSettingsLookupSecret; context: secret (string); one backup code, passthrough
kratos-1050009 = { $secret }

# InfoSelfServiceSettingsLookupSecretLabel; context: none
kratos-1050010 = Voici vos codes de secours. Conservez-les en lieu sûr.

# InfoSelfServiceSettingsLookupConfirm; context: none
kratos-1050011 = Confirmer les codes de secours

# InfoSelfServiceSettingsRegisterWebAuthn; context: none
kratos-1050012 = Ajouter une clé de sécurité

# InfoSelfServiceSettingsRegisterWebAuthnDisplayName; context: none
kratos-1050013 = Nom de la clé de sécurité

# InfoSelfServiceSettingsLookupSecretUsed; context: used_at (time as RFC 3339 string), used_at_unix (number)
kratos-1050014 = Déjà utilisé

# InfoSelfServiceSettingsLookupSecretList; context: secrets (array of objects: nested 1050009/1050014 messages); passthrough, best rendered item by item
kratos-1050015 = { $secrets }

# InfoSelfServiceSettingsDisableLookup; context: none
kratos-1050016 = Désactiver cette méthode

# InfoSelfServiceSettingsTOTPSecretLabel; context: none
kratos-1050017 = Vous ne pouvez pas scanner le QR code ? Saisissez plutôt cette clé dans votre application d’authentification.

# InfoSelfServiceSettingsRemoveWebAuthn; context: display_name (string), added_at (time as RFC 3339 string), added_at_unix (number)
kratos-1050018 = Supprimer la clé de sécurité « { $display_name } »

# InfoSelfServiceSettingsRegisterPasskey; context: none
kratos-1050019 = Ajouter une clé d’accès

# InfoSelfServiceSettingsRemovePasskey; context: display_name (string), added_at (time as RFC 3339 string), added_at_unix (number)
kratos-1050020 = Supprimer la clé d’accès « { $display_name } »

# InfoSelfServiceRecovery; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1060000 = Récupération du compte

# InfoSelfServiceRecoverySuccessful; context: privilegedSessionExpiresAt (time as RFC 3339 string), privileged_session_expires_at (time as RFC 3339 string), privileged_session_expires_at_unix (number)
kratos-1060001 = Votre compte a été récupéré. Définissez dès maintenant un nouveau mot de passe ou ajoutez un autre moyen de connexion (un compte de réseau social, par exemple). Vous ne disposez que de peu de temps pour le faire.

# InfoSelfServiceRecoveryEmailSent; context: none
kratos-1060002 = Nous avons envoyé un lien de récupération à l’adresse e-mail que vous avez saisie. Si vous ne le recevez pas, vérifiez l’orthographe de l’adresse et qu’il s’agit bien de celle utilisée lors de votre inscription.

# InfoSelfServiceRecoveryEmailWithCodeSent; context: none
kratos-1060003 = Nous avons envoyé un code de récupération à l’adresse e-mail que vous avez saisie. Si vous ne le recevez pas, vérifiez l’orthographe de l’adresse et qu’il s’agit bien de celle utilisée lors de votre inscription.

# InfoNodeLabel; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1070000 = Champ

# InfoNodeLabelInputPassword; context: none
kratos-1070001 = Mot de passe

# InfoNodeLabelGenerated; context: title (string: title from the identity schema); passthrough
kratos-1070002 = { $title }

# InfoNodeLabelSave; context: none
kratos-1070003 = Enregistrer

# InfoNodeLabelID; context: none
kratos-1070004 = Identifiant

# InfoNodeLabelSubmit; context: none
kratos-1070005 = Envoyer

# InfoNodeLabelVerifyOTP; context: none
kratos-1070006 = Confirmer le code

# InfoNodeLabelEmail; context: none
kratos-1070007 = E-mail

# InfoNodeLabelResendOTP; context: none
kratos-1070008 = Renvoyer le code

# InfoNodeLabelContinue; context: none
kratos-1070009 = Continuer

# InfoNodeLabelRecoveryCode; context: none
kratos-1070010 = Code de récupération

# InfoNodeLabelVerificationCode; context: none
kratos-1070011 = Code de vérification

# InfoNodeLabelRegistrationCode; context: none
kratos-1070012 = Code d’inscription

# InfoNodeLabelLoginCode; context: none
kratos-1070013 = Code de connexion

# InfoNodeLabelLoginAndLinkCredential; context: none
kratos-1070014 = Se connecter et associer le compte

# InfoNodeLabelCaptcha; context: none
kratos-1070015 = Pour continuer, veuillez résoudre le captcha.

# InfoSelfServiceVerification; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1080000 = Vérification de l’adresse

# InfoSelfServiceVerificationEmailSent; context: none
kratos-1080001 = Nous avons envoyé un lien de vérification à l’adresse e-mail que vous avez saisie. Si vous ne le recevez pas, vérifiez l’orthographe de l’adresse et qu’il s’agit bien de celle utilisée lors de votre inscription.

# InfoSelfServiceVerificationSuccessful; context: none
kratos-1080002 = Votre adresse e-mail a été vérifiée.

# InfoSelfServiceVerificationEmailWithCodeSent; context: none
kratos-1080003 = Nous avons envoyé un code de vérification à l’adresse e-mail que vous avez saisie. Si vous ne le recevez pas, vérifiez l’orthographe de l’adresse et qu’il s’agit bien de celle utilisée lors de votre inscription.

# ErrorValidation; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4000000 = Veuillez vérifier votre saisie.

# ErrorValidationGeneric; context: reason (string: English text from Kratos, not shown: it is not French)
kratos-4000001 = Cette valeur n’est pas valide. Veuillez vérifier votre saisie.

# ErrorValidationRequired; context: property (string: name of the missing field, not shown: the message sits under the field and the error summary names its label)
kratos-4000002 = Veuillez remplir ce champ.

# ErrorValidationMinLength; context: min_length (number), actual_length (number)
kratos-4000003 =
    { $min_length ->
        [one] Veuillez saisir au moins { $min_length } caractère (vous en avez saisi { $actual_length }).
       *[other] Veuillez saisir au moins { $min_length } caractères (vous en avez saisi { $actual_length }).
    }

# ErrorValidationInvalidFormat; context: pattern (string: regular expression)
kratos-4000004 = La valeur n’est pas au format requis (modèle : { $pattern }).

# ErrorValidationPasswordPolicyViolationGeneric; context: reason (string: English text from Kratos, not shown: it is not French)
kratos-4000005 = Ce mot de passe ne peut pas être utilisé. Veuillez en choisir un autre.

# ErrorValidationInvalidCredentials; context: none
kratos-4000006 = Les informations de connexion sont incorrectes. Vérifiez qu’il n’y a pas de faute de frappe dans votre mot de passe ni dans votre nom d’utilisateur, adresse e-mail ou numéro de téléphone.

# ErrorValidationDuplicateCredentials; context: none
kratos-4000007 = Un compte existe déjà avec cette adresse e-mail, ce numéro de téléphone ou ce nom d’utilisateur.

# ErrorValidationTOTPVerifierWrong; context: none
kratos-4000008 = Le code de l’application d’authentification est incorrect. Veuillez réessayer.

# ErrorValidationIdentifierMissing; context: none
kratos-4000009 = Aucun identifiant de connexion (adresse e-mail ou nom d’utilisateur, par exemple) n’a été trouvé. Vérifiez que vous l’avez bien saisi. Si c’est le cas, le serveur est peut-être mal configuré.

# ErrorValidationAddressNotVerified; context: none
kratos-4000010 = Votre compte n’est pas encore actif. Avez-vous vérifié votre adresse e-mail ?

# ErrorValidationNoTOTPDevice; context: none
kratos-4000011 = Vous n’avez pas configuré d’application d’authentification.

# ErrorValidationLookupAlreadyUsed; context: none
kratos-4000012 = Ce code de secours a déjà été utilisé.

# ErrorValidationNoWebAuthnDevice; context: none
kratos-4000013 = Vous n’avez pas configuré de clé de sécurité.

# ErrorValidationNoLookup; context: none
kratos-4000014 = Vous n’avez pas configuré de codes de secours.

# ErrorValidationSuchNoWebAuthnUser; context: none
kratos-4000015 = Ce compte n’existe pas, ou aucune clé de sécurité n’a été configurée pour celui-ci.

# ErrorValidationLookupInvalid; context: none
kratos-4000016 = Ce code de secours n’est pas valide.

# ErrorValidationMaxLength; context: max_length (number), actual_length (number)
kratos-4000017 =
    { $max_length ->
        [one] Veuillez saisir au maximum { $max_length } caractère (vous en avez saisi { $actual_length }).
       *[other] Veuillez saisir au maximum { $max_length } caractères (vous en avez saisi { $actual_length }).
    }

# ErrorValidationMinimum; context: minimum (number), actual (number)
kratos-4000018 = La valeur doit être supérieure ou égale à { $minimum } (vous avez saisi { $actual }).

# ErrorValidationExclusiveMinimum; context: minimum (number), actual (number)
kratos-4000019 = La valeur doit être strictement supérieure à { $minimum } (vous avez saisi { $actual }).

# ErrorValidationMaximum; context: maximum (number), actual (number)
kratos-4000020 = La valeur doit être inférieure ou égale à { $maximum } (vous avez saisi { $actual }).

# ErrorValidationExclusiveMaximum; context: maximum (number), actual (number)
kratos-4000021 = La valeur doit être strictement inférieure à { $maximum } (vous avez saisi { $actual }).

# ErrorValidationMultipleOf; context: base (number), actual (number)
kratos-4000022 = La valeur doit être un multiple de { $base } (vous avez saisi { $actual }).

# ErrorValidationMaxItems; context: max_items (number), actual_items (number)
kratos-4000023 =
    { $max_items ->
        [one] La liste peut contenir au maximum { $max_items } élément (elle en contient { $actual_items }).
       *[other] La liste peut contenir au maximum { $max_items } éléments (elle en contient { $actual_items }).
    }

# ErrorValidationMinItems; context: min_items (number), actual_items (number)
kratos-4000024 =
    { $min_items ->
        [one] La liste doit contenir au moins { $min_items } élément (elle en contient { $actual_items }).
       *[other] La liste doit contenir au moins { $min_items } éléments (elle en contient { $actual_items }).
    }

# ErrorValidationUniqueItems; context: index_a (number), index_b (number); zero-based positions, deliberately not shown
kratos-4000025 = La liste contient plusieurs fois le même élément. Chaque élément ne peut figurer qu’une seule fois.

# ErrorValidationWrongType; context: allowed_types (array of JSON type names), actual_type (string)
kratos-4000026 = Cette valeur n’est pas du bon type (attendu : { $allowed_types } ; reçu : { $actual_type }).

# ErrorValidationDuplicateCredentialsOnOIDCLink; context: none
kratos-4000027 = Un compte existe déjà avec cette adresse e-mail, ce numéro de téléphone ou ce nom d’utilisateur. Connectez-vous d’abord à ce compte pour y associer votre compte de réseau social.

# ErrorValidationDuplicateCredentialsWithHints; context: available_credential_types (array), available_oidc_providers (array), credential_identifier_hint (string, may be empty)
kratos-4000028 = Un autre compte utilise déjà « { $credential_identifier_hint } ». Connectez-vous à ce compte avec une méthode déjà configurée pour celui-ci.

# ErrorValidationConst; context: expected (string: the required value)
kratos-4000029 = La valeur doit être exactement { $expected }.

# ErrorValidationConstGeneric; context: none
kratos-4000030 = La valeur ne correspond pas à la valeur requise.

# ErrorValidationPasswordIdentifierTooSimilar; context: none
kratos-4000031 = Ce mot de passe ne peut pas être utilisé, car il ressemble trop à votre identifiant de connexion (votre adresse e-mail ou votre nom d’utilisateur, par exemple).

# ErrorValidationPasswordMinLength; context: min_length (number), actual_length (number)
kratos-4000032 =
    { $min_length ->
        [one] Votre mot de passe doit contenir au moins { $min_length } caractère, mais il n’en contient que { $actual_length }.
       *[other] Votre mot de passe doit contenir au moins { $min_length } caractères, mais il n’en contient que { $actual_length }.
    }

# ErrorValidationPasswordMaxLength; context: max_length (number), actual_length (number)
kratos-4000033 =
    { $max_length ->
        [one] Votre mot de passe peut contenir au maximum { $max_length } caractère, mais il en contient { $actual_length }.
       *[other] Votre mot de passe peut contenir au maximum { $max_length } caractères, mais il en contient { $actual_length }.
    }

# ErrorValidationPasswordTooManyBreaches; context: breaches (number)
kratos-4000034 = Ce mot de passe figure dans des fuites de données connues et ne doit plus être utilisé. Veuillez en choisir un autre.

# ErrorValidationNoCodeUser; context: none
kratos-4000035 = Ce compte n’existe pas, ou la connexion par code n’a pas été configurée pour celui-ci.

# ErrorValidationTraitsMismatch; context: none
kratos-4000036 = Les informations saisies ne correspondent pas à celles indiquées précédemment dans cette procédure.

# ErrorValidationAccountNotFound; context: none
kratos-4000037 = Ce compte n’existe pas, ou aucune méthode de connexion n’a été configurée pour celui-ci.

# ErrorValidationCaptchaError; context: none
kratos-4000038 = La vérification du captcha a échoué. Veuillez réessayer.

# ErrorValidationLogin; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4010000 = La connexion a échoué. Veuillez vérifier votre saisie.

# ErrorValidationLoginFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4010001 = Votre tentative de connexion a expiré. Veuillez réessayer.

# ErrorValidationLoginNoStrategyFound; context: none
kratos-4010002 = Nous n’avons trouvé aucun moyen de vous connecter. Vérifiez que vous avez correctement rempli le formulaire.

# ErrorValidationRegistrationNoStrategyFound; context: none
kratos-4010003 = Nous n’avons trouvé aucun moyen de créer votre compte. Vérifiez que vous avez correctement rempli le formulaire.

# ErrorValidationSettingsNoStrategyFound; context: none
kratos-4010004 = Nous n’avons trouvé aucun moyen de mettre à jour vos paramètres. Vérifiez que vous avez correctement rempli le formulaire.

# ErrorValidationRecoveryNoStrategyFound; context: none
kratos-4010005 = Nous n’avons trouvé aucun moyen de récupérer votre compte. Vérifiez que vous avez correctement rempli le formulaire.

# ErrorValidationVerificationNoStrategyFound; context: none
kratos-4010006 = Nous n’avons trouvé aucun moyen de vérifier votre compte. Vérifiez que vous avez correctement rempli le formulaire.

# ErrorValidationLoginRetrySuccess; context: none
kratos-4010007 = Cette demande a déjà abouti et ne peut pas être répétée.

# ErrorValidationLoginCodeInvalidOrAlreadyUsed; context: none
kratos-4010008 = Ce code de connexion n’est pas valide ou a déjà été utilisé. Veuillez réessayer.

# ErrorValidationLoginLinkedCredentialsDoNotMatch; context: none
kratos-4010009 = Les informations de connexion que vous essayez d’associer ne correspondent pas.

# ErrorValidationLoginAddressUnknown; context: none
kratos-4010010 = L’adresse saisie ne correspond à aucune adresse enregistrée dans ce compte.

# ErrorValidationRegistration; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4040000 = L’inscription a échoué. Veuillez vérifier votre saisie.

# ErrorValidationRegistrationFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4040001 = Votre tentative d’inscription a expiré. Veuillez réessayer.

# ErrorValidateionRegistrationRetrySuccess; context: none
kratos-4040002 = Cette demande a déjà abouti et ne peut pas être répétée.

# ErrorValidationRegistrationCodeInvalidOrAlreadyUsed; context: none
kratos-4040003 = Ce code d’inscription n’est pas valide ou a déjà été utilisé. Veuillez réessayer.

# ErrorValidationSettings; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4050000 = Vos paramètres n’ont pas pu être enregistrés. Veuillez vérifier votre saisie.

# ErrorValidationSettingsFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4050001 = Le délai pour modifier vos paramètres est écoulé. Veuillez réessayer.

# ErrorValidationRecovery; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4060000 = La récupération du compte a échoué. Veuillez vérifier votre saisie.

# ErrorValidationRecoveryRetrySuccess; context: none
kratos-4060001 = Cette demande a déjà abouti et ne peut pas être répétée.

# ErrorValidationRecoveryStateFailure; context: none
kratos-4060002 = Un problème est survenu lors de la récupération du compte. Veuillez recommencer.

# ErrorValidationRecoveryMissingRecoveryToken; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4060003 = Le lien de récupération est incomplet. Veuillez relancer la récupération du compte.

# ErrorValidationRecoveryTokenInvalidOrAlreadyUsed; context: none
kratos-4060004 = Ce lien de récupération n’est pas valide ou a déjà été utilisé. Veuillez recommencer.

# ErrorValidationRecoveryFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4060005 = Votre tentative de récupération du compte a expiré. Veuillez réessayer.

# ErrorValidationRecoveryCodeInvalidOrAlreadyUsed; context: none
kratos-4060006 = Ce code de récupération n’est pas valide ou a déjà été utilisé. Veuillez réessayer.

# ErrorValidationVerification; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4070000 = La vérification a échoué. Veuillez contrôler votre saisie.

# ErrorValidationVerificationTokenInvalidOrAlreadyUsed; context: none
kratos-4070001 = Ce lien de vérification n’est pas valide ou a déjà été utilisé. Veuillez recommencer.

# ErrorValidationVerificationRetrySuccess; context: none
kratos-4070002 = Cette demande a déjà abouti et ne peut pas être répétée.

# ErrorValidationVerificationStateFailure; context: none
kratos-4070003 = Un problème est survenu lors de la vérification. Veuillez recommencer.

# ErrorValidationVerificationMissingVerificationToken; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4070004 = Le lien de vérification est incomplet. Veuillez relancer la vérification.

# ErrorValidationVerificationFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4070005 = Votre tentative de vérification a expiré. Veuillez réessayer.

# ErrorValidationVerificationCodeInvalidOrAlreadyUsed; context: none
kratos-4070006 = Ce code de vérification n’est pas valide ou a déjà été utilisé. Veuillez réessayer.

# ErrorSystem; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-5000000 = Un problème est survenu. Veuillez réessayer plus tard.

# ErrorSystemGeneric; context: reason (string: English text from Kratos, not shown: it is not French)
kratos-5000001 = Une erreur s’est produite au niveau du service de comptes. Veuillez réessayer.
