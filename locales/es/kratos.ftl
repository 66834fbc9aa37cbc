### Mensajes de la interfaz de Kratos, en español neutro (España y Latinoamérica),
### con tuteo (“tú”). Comillas: “ ”.
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
kratos-1010000 = Inicio de sesión

# InfoSelfServiceLogin; context: none
kratos-1010001 = Iniciar sesión

# InfoSelfServiceLoginWith; context: provider (string), provider_id (string)
kratos-1010002 = Iniciar sesión con { $provider }

# InfoSelfServiceLoginReAuth; context: none
kratos-1010003 = Para confirmar esta acción, verifica que realmente eres tú.

# InfoSelfServiceLoginMFA; context: none
kratos-1010004 = Completa el segundo paso del inicio de sesión.

# InfoSelfServiceLoginVerify; context: none
kratos-1010005 = Verificar

# InfoSelfServiceLoginTOTPLabel; context: none
kratos-1010006 = Código de la app de autenticación

# InfoLoginLookupLabel; context: none
kratos-1010007 = Código de respaldo

# InfoSelfServiceLoginWebAuthn; context: none
kratos-1010008 = Iniciar sesión con una llave de seguridad

# InfoLoginTOTP; context: none
kratos-1010009 = Usar la app de autenticación

# InfoLoginLookup; context: none
kratos-1010010 = Usar un código de respaldo

# InfoSelfServiceLoginContinueWebAuthn; context: none
kratos-1010011 = Iniciar sesión con una llave de seguridad

# InfoSelfServiceLoginWebAuthnPasswordless; context: none
kratos-1010012 = Ten a mano tu llave de seguridad o tu dispositivo biométrico (como un lector de huellas) y, después, selecciona Continuar.

# InfoSelfServiceLoginContinue; context: none
kratos-1010013 = Continuar

# InfoSelfServiceLoginEmailWithCodeSent; context: none
kratos-1010014 = Hemos enviado un código al correo electrónico que has indicado. Si no te llega, comprueba que la dirección esté bien escrita y vuelve a intentar iniciar sesión.

# InfoSelfServiceLoginCode; context: none
kratos-1010015 = Enviarme un código de inicio de sesión

# InfoSelfServiceLoginLink; context: duplicateIdentifier (string), duplicate_identifier (string), provider (string), newLoginUrl (string), new_login_url (string), available_credential_types (array), available_providers (array)
kratos-1010016 = El correo electrónico “{ $duplicate_identifier }” ya pertenece a una cuenta. Inicia sesión en esa cuenta con una de las opciones siguientes. Después, tu cuenta de { $provider } se añadirá como otra forma de iniciar sesión.

# InfoSelfServiceLoginAndLink; context: none
kratos-1010017 = Iniciar sesión y vincular

# InfoSelfServiceLoginWithAndLink; context: provider (string)
kratos-1010018 = Confirmar con { $provider }

# InfoSelfServiceLoginCodeMFA; context: none
kratos-1010019 = Recibir un código para continuar

# InfoSelfServiceLoginCodeMFAHint; context: none (declared but not emitted by Kratos v1.3.1)
kratos-1010020 = Para confirmar que esta dirección es tuya, escríbela completa.

# InfoSelfServiceLoginPasskey; context: none
kratos-1010021 = Iniciar sesión con una llave de acceso

# InfoSelfServiceLoginPassword; context: none
kratos-1010022 = Iniciar sesión con contraseña

# InfoSelfServiceLoginAAL2CodeAddress; context: address (string), channel (string: email or sms)
kratos-1010023 = Enviar el código a { $address }

# InfoSelfServiceLogout; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1020000 = Cerrar sesión

# InfoSelfServiceMFA; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1030000 = Paso adicional de inicio de sesión

# InfoSelfServiceRegistrationRoot; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1040000 = Registro

# InfoSelfServiceRegistration; context: none
kratos-1040001 = Registrarse

# InfoSelfServiceRegistrationWith; context: provider (string), provider_id (string)
kratos-1040002 = Registrarse con { $provider }

# InfoSelfServiceRegistrationContinue; context: none
kratos-1040003 = Continuar

# InfoSelfServiceRegistrationRegisterWebAuthn; context: none
kratos-1040004 = Registrarse con una llave de seguridad

# InfoSelfServiceRegistrationEmailWithCodeSent; context: none
kratos-1040005 = Hemos enviado un código al correo electrónico que has indicado. Si no te llega, comprueba que la dirección esté bien escrita y vuelve a intentar registrarte.

# InfoSelfServiceRegistrationRegisterCode; context: none
kratos-1040006 = Enviarme un código de registro

# InfoSelfServiceRegistrationRegisterPasskey; context: none
kratos-1040007 = Registrarse con una llave de acceso

# InfoSelfServiceRegistrationBack; context: none
kratos-1040008 = Atrás

# InfoSelfServiceRegistrationChooseCredentials; context: none
kratos-1040009 = Elige cómo quieres iniciar sesión.

# InfoSelfServiceSettings; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1050000 = Configuración de la cuenta

# InfoSelfServiceSettingsUpdateSuccess; context: none
kratos-1050001 = Se han guardado los cambios.

# InfoSelfServiceSettingsUpdateLinkOidc; context: provider (string)
kratos-1050002 = Vincular { $provider }

# InfoSelfServiceSettingsUpdateUnlinkOidc; context: provider (string)
kratos-1050003 = Desvincular { $provider }

# InfoSelfServiceSettingsUpdateUnlinkTOTP; context: none
kratos-1050004 = Quitar la app de autenticación

# InfoSelfServiceSettingsTOTPQRCode; context: none
kratos-1050005 = Código QR para tu app de autenticación

# InfoSelfServiceSettingsTOTPSecret; context: secret (string); shown in a text node, passthrough
kratos-1050006 = { $secret }

# InfoSelfServiceSettingsRevealLookup; context: none
kratos-1050007 = Mostrar los códigos de respaldo

# InfoSelfServiceSettingsRegenerateLookup; context: none
kratos-1050008 = Generar nuevos códigos de respaldo

# InfoSelfServiceSettingsLookupSecret; context: secret (string); one backup code, passthrough
kratos-1050009 = { $secret }

# InfoSelfServiceSettingsLookupSecretLabel; context: none
kratos-1050010 = Estos son tus códigos de respaldo. Guárdalos en un lugar seguro.

# InfoSelfServiceSettingsLookupConfirm; context: none
kratos-1050011 = Confirmar los códigos de respaldo

# InfoSelfServiceSettingsRegisterWebAuthn; context: none
kratos-1050012 = Añadir una llave de seguridad

# InfoSelfServiceSettingsRegisterWebAuthnDisplayName; context: none
kratos-1050013 = Nombre de la llave de seguridad

# InfoSelfServiceSettingsLookupSecretUsed; context: used_at (time as RFC 3339 string), used_at_unix (number)
kratos-1050014 = Ya usado

# InfoSelfServiceSettingsLookupSecretList; context: secrets (array of objects: nested 1050009/1050014 messages); passthrough, best rendered item by item
kratos-1050015 = { $secrets }

# InfoSelfServiceSettingsDisableLookup; context: none
kratos-1050016 = Desactivar este método

# InfoSelfServiceSettingsTOTPSecretLabel; context: none
kratos-1050017 = ¿No puedes escanear el código QR? Escribe esta clave en tu app de autenticación.

# InfoSelfServiceSettingsRemoveWebAuthn; context: display_name (string), added_at (time as RFC 3339 string), added_at_unix (number)
kratos-1050018 = Quitar la llave de seguridad “{ $display_name }”

# InfoSelfServiceSettingsRegisterPasskey; context: none
kratos-1050019 = Añadir una llave de acceso

# InfoSelfServiceSettingsRemovePasskey; context: display_name (string), added_at (time as RFC 3339 string), added_at_unix (number)
kratos-1050020 = Quitar la llave de acceso “{ $display_name }”

# InfoSelfServiceRecovery; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1060000 = Recuperación de la cuenta

# InfoSelfServiceRecoverySuccessful; context: privilegedSessionExpiresAt (time as RFC 3339 string), privileged_session_expires_at (time as RFC 3339 string), privileged_session_expires_at_unix (number)
kratos-1060001 = Has recuperado tu cuenta. Crea ahora una contraseña nueva o añade otra forma de iniciar sesión (por ejemplo, una cuenta de una red social). Solo podrás hacerlo durante poco tiempo.

# InfoSelfServiceRecoveryEmailSent; context: none
kratos-1060002 = Hemos enviado un enlace de recuperación al correo electrónico que has indicado. Si no te llega, comprueba que la dirección esté bien escrita y que sea la misma con la que te registraste.

# InfoSelfServiceRecoveryEmailWithCodeSent; context: none
kratos-1060003 = Hemos enviado un código de recuperación al correo electrónico que has indicado. Si no te llega, comprueba que la dirección esté bien escrita y que sea la misma con la que te registraste.

# InfoNodeLabel; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1070000 = Campo

# InfoNodeLabelInputPassword; context: none
kratos-1070001 = Contraseña

# InfoNodeLabelGenerated; context: title (string: title from the identity schema); passthrough
kratos-1070002 = { $title }

# InfoNodeLabelSave; context: none
kratos-1070003 = Guardar

# InfoNodeLabelID; context: none
kratos-1070004 = ID

# InfoNodeLabelSubmit; context: none
kratos-1070005 = Enviar

# InfoNodeLabelVerifyOTP; context: none
kratos-1070006 = Confirmar el código

# InfoNodeLabelEmail; context: none
kratos-1070007 = Correo electrónico

# InfoNodeLabelResendOTP; context: none
kratos-1070008 = Reenviar el código

# InfoNodeLabelContinue; context: none
kratos-1070009 = Continuar

# InfoNodeLabelRecoveryCode; context: none
kratos-1070010 = Código de recuperación

# InfoNodeLabelVerificationCode; context: none
kratos-1070011 = Código de verificación

# InfoNodeLabelRegistrationCode; context: none
kratos-1070012 = Código de registro

# InfoNodeLabelLoginCode; context: none
kratos-1070013 = Código de inicio de sesión

# InfoNodeLabelLoginAndLinkCredential; context: none
kratos-1070014 = Iniciar sesión y vincular la cuenta

# InfoNodeLabelCaptcha; context: none
kratos-1070015 = Para continuar, completa el captcha.

# InfoSelfServiceVerification; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1080000 = Verificación de la dirección

# InfoSelfServiceVerificationEmailSent; context: none
kratos-1080001 = Hemos enviado un enlace de verificación al correo electrónico que has indicado. Si no te llega, comprueba que la dirección esté bien escrita y que sea la misma con la que te registraste.

# InfoSelfServiceVerificationSuccessful; context: none
kratos-1080002 = Se ha verificado tu correo electrónico.

# InfoSelfServiceVerificationEmailWithCodeSent; context: none
kratos-1080003 = Hemos enviado un código de verificación al correo electrónico que has indicado. Si no te llega, comprueba que la dirección esté bien escrita y que sea la misma con la que te registraste.

# ErrorValidation; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4000000 = Revisa los datos que has escrito.

# ErrorValidationGeneric; context: reason (string: English text from Kratos, not shown: it is not Spanish)
kratos-4000001 = Este valor no es válido. Revisa lo que has escrito.

# ErrorValidationRequired; context: property (string: name of the missing field, not shown: the message sits under the field and the error summary names its label)
kratos-4000002 = Completa este campo.

# ErrorValidationMinLength; context: min_length (number), actual_length (number)
kratos-4000003 =
    { $min_length ->
        [one] Escribe al menos { $min_length } carácter (ahora hay { $actual_length }).
       *[other] Escribe al menos { $min_length } caracteres (ahora hay { $actual_length }).
    }

# ErrorValidationInvalidFormat; context: pattern (string: regular expression)
kratos-4000004 = El valor no tiene el formato necesario (patrón: { $pattern }).

# ErrorValidationPasswordPolicyViolationGeneric; context: reason (string: English text from Kratos, not shown: it is not Spanish)
kratos-4000005 = Esta contraseña no se puede usar. Elige otra.

# ErrorValidationInvalidCredentials; context: none
kratos-4000006 = Los datos de inicio de sesión no son correctos. Comprueba que no haya errores en la contraseña ni en el nombre de usuario, el correo electrónico o el número de teléfono.

# ErrorValidationDuplicateCredentials; context: none
kratos-4000007 = Ya existe una cuenta con este correo electrónico, número de teléfono o nombre de usuario.

# ErrorValidationTOTPVerifierWrong; context: none
kratos-4000008 = El código de la app de autenticación no es correcto. Vuelve a intentarlo.

# ErrorValidationIdentifierMissing; context: none
kratos-4000009 = No se ha encontrado ningún identificador de inicio de sesión (como un correo electrónico o un nombre de usuario). Comprueba que lo hayas escrito. Si es así, puede que el servidor no esté bien configurado.

# ErrorValidationAddressNotVerified; context: none
kratos-4000010 = Tu cuenta aún no está activa. ¿Has verificado tu correo electrónico?

# ErrorValidationNoTOTPDevice; context: none
kratos-4000011 = No has configurado ninguna app de autenticación.

# ErrorValidationLookupAlreadyUsed; context: none
kratos-4000012 = Este código de respaldo ya se ha usado.

# ErrorValidationNoWebAuthnDevice; context: none
kratos-4000013 = No has configurado ninguna llave de seguridad.

# ErrorValidationNoLookup; context: none
kratos-4000014 = No has configurado códigos de respaldo.

# ErrorValidationSuchNoWebAuthnUser; context: none
kratos-4000015 = Esta cuenta no existe o no tiene ninguna llave de seguridad configurada.

# ErrorValidationLookupInvalid; context: none
kratos-4000016 = Este código de respaldo no es válido.

# ErrorValidationMaxLength; context: max_length (number), actual_length (number)
kratos-4000017 =
    { $max_length ->
        [one] Escribe como máximo { $max_length } carácter (ahora hay { $actual_length }).
       *[other] Escribe como máximo { $max_length } caracteres (ahora hay { $actual_length }).
    }

# ErrorValidationMinimum; context: minimum (number), actual (number)
kratos-4000018 = El valor debe ser como mínimo { $minimum } (valor actual: { $actual }).

# ErrorValidationExclusiveMinimum; context: minimum (number), actual (number)
kratos-4000019 = El valor debe ser mayor que { $minimum } (valor actual: { $actual }).

# ErrorValidationMaximum; context: maximum (number), actual (number)
kratos-4000020 = El valor debe ser como máximo { $maximum } (valor actual: { $actual }).

# ErrorValidationExclusiveMaximum; context: maximum (number), actual (number)
kratos-4000021 = El valor debe ser menor que { $maximum } (valor actual: { $actual }).

# ErrorValidationMultipleOf; context: base (number), actual (number)
kratos-4000022 = El valor debe ser múltiplo de { $base } (valor actual: { $actual }).

# ErrorValidationMaxItems; context: max_items (number), actual_items (number)
kratos-4000023 =
    { $max_items ->
        [one] Se permite como máximo { $max_items } elemento (ahora hay { $actual_items }).
       *[other] Se permiten como máximo { $max_items } elementos (ahora hay { $actual_items }).
    }

# ErrorValidationMinItems; context: min_items (number), actual_items (number)
kratos-4000024 =
    { $min_items ->
        [one] Se necesita al menos { $min_items } elemento (ahora hay { $actual_items }).
       *[other] Se necesitan al menos { $min_items } elementos (ahora hay { $actual_items }).
    }

# ErrorValidationUniqueItems; context: index_a (number), index_b (number); zero-based positions, deliberately not shown
kratos-4000025 = La lista contiene el mismo elemento más de una vez. Cada elemento solo puede aparecer una vez.

# ErrorValidationWrongType; context: allowed_types (array of JSON type names), actual_type (string)
kratos-4000026 = Este valor es de un tipo incorrecto (se esperaba: { $allowed_types }; se ha recibido: { $actual_type }).

# ErrorValidationDuplicateCredentialsOnOIDCLink; context: none
kratos-4000027 = Ya existe una cuenta con este correo electrónico, número de teléfono o nombre de usuario. Inicia sesión primero en esa cuenta para vincular tu cuenta de la red social.

# ErrorValidationDuplicateCredentialsWithHints; context: available_credential_types (array), available_oidc_providers (array), credential_identifier_hint (string, may be empty)
kratos-4000028 = Otra cuenta ya usa “{ $credential_identifier_hint }”. Inicia sesión en esa cuenta con un método que ya tenga configurado.

# ErrorValidationConst; context: expected (string: the required value)
kratos-4000029 = El valor debe ser exactamente { $expected }.

# ErrorValidationConstGeneric; context: none
kratos-4000030 = El valor no coincide con el valor requerido.

# ErrorValidationPasswordIdentifierTooSimilar; context: none
kratos-4000031 = Esta contraseña no se puede usar porque se parece demasiado a tu identificador de inicio de sesión (por ejemplo, tu correo electrónico o tu nombre de usuario).

# ErrorValidationPasswordMinLength; context: min_length (number), actual_length (number)
kratos-4000032 =
    { $min_length ->
        [one] Tu contraseña debe tener al menos { $min_length } carácter, pero tiene { $actual_length }.
       *[other] Tu contraseña debe tener al menos { $min_length } caracteres, pero tiene { $actual_length }.
    }

# ErrorValidationPasswordMaxLength; context: max_length (number), actual_length (number)
kratos-4000033 =
    { $max_length ->
        [one] Tu contraseña puede tener como máximo { $max_length } carácter, pero tiene { $actual_length }.
       *[other] Tu contraseña puede tener como máximo { $max_length } caracteres, pero tiene { $actual_length }.
    }

# ErrorValidationPasswordTooManyBreaches; context: breaches (number)
kratos-4000034 = Esta contraseña ha aparecido en filtraciones de datos conocidas y ya no se debe usar. Elige otra.

# ErrorValidationNoCodeUser; context: none
kratos-4000035 = Esta cuenta no existe o no tiene configurado el inicio de sesión con código.

# ErrorValidationTraitsMismatch; context: none
kratos-4000036 = Los datos que has escrito no coinciden con los indicados antes en este proceso.

# ErrorValidationAccountNotFound; context: none
kratos-4000037 = Esta cuenta no existe o no tiene ningún método de inicio de sesión configurado.

# ErrorValidationCaptchaError; context: none
kratos-4000038 = La verificación del captcha ha fallado. Vuelve a intentarlo.

# ErrorValidationLogin; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4010000 = No se ha podido iniciar sesión. Revisa los datos que has escrito.

# ErrorValidationLoginFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4010001 = Tu intento de inicio de sesión ha caducado. Vuelve a intentarlo.

# ErrorValidationLoginNoStrategyFound; context: none
kratos-4010002 = No hemos encontrado ninguna forma de que inicies sesión. Comprueba que hayas completado bien el formulario.

# ErrorValidationRegistrationNoStrategyFound; context: none
kratos-4010003 = No hemos encontrado ninguna forma de crear tu cuenta. Comprueba que hayas completado bien el formulario.

# ErrorValidationSettingsNoStrategyFound; context: none
kratos-4010004 = No hemos encontrado ninguna forma de actualizar tu configuración. Comprueba que hayas completado bien el formulario.

# ErrorValidationRecoveryNoStrategyFound; context: none
kratos-4010005 = No hemos encontrado ninguna forma de recuperar tu cuenta. Comprueba que hayas completado bien el formulario.

# ErrorValidationVerificationNoStrategyFound; context: none
kratos-4010006 = No hemos encontrado ninguna forma de verificar tu cuenta. Comprueba que hayas completado bien el formulario.

# ErrorValidationLoginRetrySuccess; context: none
kratos-4010007 = Esta solicitud ya se ha completado correctamente y no se puede repetir.

# ErrorValidationLoginCodeInvalidOrAlreadyUsed; context: none
kratos-4010008 = Este código de inicio de sesión no es válido o ya se ha usado. Vuelve a intentarlo.

# ErrorValidationLoginLinkedCredentialsDoNotMatch; context: none
kratos-4010009 = Los datos de inicio de sesión que intentas vincular no coinciden.

# ErrorValidationLoginAddressUnknown; context: none
kratos-4010010 = La dirección que has escrito no coincide con ninguna de las direcciones guardadas en esta cuenta.

# ErrorValidationRegistration; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4040000 = No se ha podido completar el registro. Revisa los datos que has escrito.

# ErrorValidationRegistrationFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4040001 = Tu intento de registro ha caducado. Vuelve a intentarlo.

# ErrorValidateionRegistrationRetrySuccess; context: none
kratos-4040002 = Esta solicitud ya se ha completado correctamente y no se puede repetir.

# ErrorValidationRegistrationCodeInvalidOrAlreadyUsed; context: none
kratos-4040003 = Este código de registro no es válido o ya se ha usado. Vuelve a intentarlo.

# ErrorValidationSettings; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4050000 = No se ha podido guardar tu configuración. Revisa los datos que has escrito.

# ErrorValidationSettingsFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4050001 = Se ha agotado el tiempo para cambiar tu configuración. Vuelve a intentarlo.

# ErrorValidationRecovery; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4060000 = No se ha podido recuperar la cuenta. Revisa los datos que has escrito.

# ErrorValidationRecoveryRetrySuccess; context: none
kratos-4060001 = Esta solicitud ya se ha completado correctamente y no se puede repetir.

# ErrorValidationRecoveryStateFailure; context: none
kratos-4060002 = Algo ha salido mal durante la recuperación de la cuenta. Vuelve a empezar.

# ErrorValidationRecoveryMissingRecoveryToken; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4060003 = El enlace de recuperación está incompleto. Vuelve a iniciar la recuperación de la cuenta.

# ErrorValidationRecoveryTokenInvalidOrAlreadyUsed; context: none
kratos-4060004 = Este enlace de recuperación no es válido o ya se ha usado. Vuelve a empezar.

# ErrorValidationRecoveryFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4060005 = Tu intento de recuperación de la cuenta ha caducado. Vuelve a intentarlo.

# ErrorValidationRecoveryCodeInvalidOrAlreadyUsed; context: none
kratos-4060006 = Este código de recuperación no es válido o ya se ha usado. Vuelve a intentarlo.

# ErrorValidationVerification; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4070000 = No se ha podido completar la verificación. Revisa los datos que has escrito.

# ErrorValidationVerificationTokenInvalidOrAlreadyUsed; context: none
kratos-4070001 = Este enlace de verificación no es válido o ya se ha usado. Vuelve a empezar.

# ErrorValidationVerificationRetrySuccess; context: none
kratos-4070002 = Esta solicitud ya se ha completado correctamente y no se puede repetir.

# ErrorValidationVerificationStateFailure; context: none
kratos-4070003 = Algo ha salido mal durante la verificación. Vuelve a empezar.

# ErrorValidationVerificationMissingVerificationToken; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4070004 = El enlace de verificación está incompleto. Vuelve a iniciar la verificación.

# ErrorValidationVerificationFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4070005 = Tu intento de verificación ha caducado. Vuelve a intentarlo.

# ErrorValidationVerificationCodeInvalidOrAlreadyUsed; context: none
kratos-4070006 = Este código de verificación no es válido o ya se ha usado. Vuelve a intentarlo.

# ErrorSystem; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-5000000 = Algo ha salido mal. Vuelve a intentarlo más tarde.

# ErrorSystemGeneric; context: reason (string: English text from Kratos, not shown: it is not Spanish)
kratos-5000001 = Se ha producido un error en el servicio de cuentas. Vuelve a intentarlo.
