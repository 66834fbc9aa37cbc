### Kratos UI messages, Brazilian Portuguese (pt-BR). Mensagens da interface do Kratos em português do Brasil, tratamento “você”.
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
kratos-1010000 = Login

# InfoSelfServiceLogin; context: none
kratos-1010001 = Entrar

# InfoSelfServiceLoginWith; context: provider (string), provider_id (string)
kratos-1010002 = Entrar com { $provider }

# InfoSelfServiceLoginReAuth; context: none
kratos-1010003 = Para realizar esta ação, confirme que é realmente você.

# InfoSelfServiceLoginMFA; context: none
kratos-1010004 = Conclua a segunda etapa de login.

# InfoSelfServiceLoginVerify; context: none
kratos-1010005 = Verificar

# InfoSelfServiceLoginTOTPLabel; context: none
kratos-1010006 = Código do app autenticador

# InfoLoginLookupLabel; context: none
kratos-1010007 = Código de backup

# InfoSelfServiceLoginWebAuthn; context: none
kratos-1010008 = Entrar com chave de segurança

# InfoLoginTOTP; context: none
kratos-1010009 = Usar app autenticador

# InfoLoginLookup; context: none
kratos-1010010 = Usar um código de backup

# InfoSelfServiceLoginContinueWebAuthn; context: none
kratos-1010011 = Entrar com chave de segurança

# InfoSelfServiceLoginWebAuthnPasswordless; context: none
kratos-1010012 = Tenha em mãos sua chave de segurança ou seu dispositivo biométrico (como um leitor de impressão digital) e selecione “Continuar”.

# InfoSelfServiceLoginContinue; context: none
kratos-1010013 = Continuar

# InfoSelfServiceLoginEmailWithCodeSent; context: none
kratos-1010014 = Enviamos um código para o e-mail que você informou. Se ele não chegar, confira se o endereço está escrito corretamente e tente entrar novamente.

# InfoSelfServiceLoginCode; context: none
kratos-1010015 = Enviar código de login

# InfoSelfServiceLoginLink; context: duplicateIdentifier (string), duplicate_identifier (string), provider (string), newLoginUrl (string), new_login_url (string), available_credential_types (array), available_providers (array)
kratos-1010016 = O e-mail “{ $duplicate_identifier }” já pertence a uma conta. Entre nessa conta usando uma das opções abaixo. Depois disso, sua conta { $provider } será adicionada como mais uma forma de entrar.

# InfoSelfServiceLoginAndLink; context: none
kratos-1010017 = Entrar e vincular

# InfoSelfServiceLoginWithAndLink; context: provider (string)
kratos-1010018 = Confirmar com { $provider }

# InfoSelfServiceLoginCodeMFA; context: none
kratos-1010019 = Receber um código para continuar

# InfoSelfServiceLoginCodeMFAHint; context: none (declared but not emitted by Kratos v1.3.1)
kratos-1010020 = Para confirmar que este endereço é seu, digite-o por completo.

# InfoSelfServiceLoginPasskey; context: none
kratos-1010021 = Entrar com chave de acesso

# InfoSelfServiceLoginPassword; context: none
kratos-1010022 = Entrar com senha

# InfoSelfServiceLoginAAL2CodeAddress; context: address (string), channel (string: email or sms)
kratos-1010023 = Enviar código para { $address }

# InfoSelfServiceLogout; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1020000 = Sair

# InfoSelfServiceMFA; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1030000 = Etapa adicional de login

# InfoSelfServiceRegistrationRoot; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1040000 = Cadastro

# InfoSelfServiceRegistration; context: none
kratos-1040001 = Criar conta

# InfoSelfServiceRegistrationWith; context: provider (string), provider_id (string)
kratos-1040002 = Criar conta com { $provider }

# InfoSelfServiceRegistrationContinue; context: none
kratos-1040003 = Continuar

# InfoSelfServiceRegistrationRegisterWebAuthn; context: none
kratos-1040004 = Criar conta com chave de segurança

# InfoSelfServiceRegistrationEmailWithCodeSent; context: none
kratos-1040005 = Enviamos um código para o e-mail que você informou. Se ele não chegar, confira se o endereço está escrito corretamente e tente criar a conta novamente.

# InfoSelfServiceRegistrationRegisterCode; context: none
kratos-1040006 = Enviar código de cadastro

# InfoSelfServiceRegistrationRegisterPasskey; context: none
kratos-1040007 = Criar conta com chave de acesso

# InfoSelfServiceRegistrationBack; context: none
kratos-1040008 = Voltar

# InfoSelfServiceRegistrationChooseCredentials; context: none
kratos-1040009 = Escolha como você quer entrar.

# InfoSelfServiceSettings; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1050000 = Configurações da conta

# InfoSelfServiceSettingsUpdateSuccess; context: none
kratos-1050001 = Suas alterações foram salvas.

# InfoSelfServiceSettingsUpdateLinkOidc; context: provider (string)
kratos-1050002 = Vincular { $provider }

# InfoSelfServiceSettingsUpdateUnlinkOidc; context: provider (string)
kratos-1050003 = Desvincular { $provider }

# InfoSelfServiceSettingsUpdateUnlinkTOTP; context: none
kratos-1050004 = Remover app autenticador

# InfoSelfServiceSettingsTOTPQRCode; context: none
kratos-1050005 = QR code para o seu app autenticador

# InfoSelfServiceSettingsTOTPSecret; context: secret (string); shown in a text node, passthrough
kratos-1050006 = { $secret }

# InfoSelfServiceSettingsRevealLookup; context: none
kratos-1050007 = Mostrar códigos de backup

# InfoSelfServiceSettingsRegenerateLookup; context: none
kratos-1050008 = Gerar novos códigos de backup

# InfoSelfServiceSettingsLookupSecret; context: secret (string); one backup code, passthrough
kratos-1050009 = { $secret }

# InfoSelfServiceSettingsLookupSecretLabel; context: none
kratos-1050010 = Estes são seus códigos de backup. Guarde-os em um lugar seguro.

# InfoSelfServiceSettingsLookupConfirm; context: none
kratos-1050011 = Confirmar códigos de backup

# InfoSelfServiceSettingsRegisterWebAuthn; context: none
kratos-1050012 = Adicionar chave de segurança

# InfoSelfServiceSettingsRegisterWebAuthnDisplayName; context: none
kratos-1050013 = Nome da chave de segurança

# InfoSelfServiceSettingsLookupSecretUsed; context: used_at (time as RFC 3339 string), used_at_unix (number)
kratos-1050014 = Já usado

# InfoSelfServiceSettingsLookupSecretList; context: secrets (array of objects: nested 1050009/1050014 messages); passthrough, best rendered item by item
kratos-1050015 = { $secrets }

# InfoSelfServiceSettingsDisableLookup; context: none
kratos-1050016 = Desativar este método

# InfoSelfServiceSettingsTOTPSecretLabel; context: none
kratos-1050017 = Não consegue ler o QR code? Digite esta chave secreta no seu app autenticador.

# InfoSelfServiceSettingsRemoveWebAuthn; context: display_name (string), added_at (time as RFC 3339 string), added_at_unix (number)
kratos-1050018 = Remover a chave de segurança “{ $display_name }”

# InfoSelfServiceSettingsRegisterPasskey; context: none
kratos-1050019 = Adicionar chave de acesso

# InfoSelfServiceSettingsRemovePasskey; context: display_name (string), added_at (time as RFC 3339 string), added_at_unix (number)
kratos-1050020 = Remover a chave de acesso “{ $display_name }”

# InfoSelfServiceRecovery; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1060000 = Recuperação de conta

# InfoSelfServiceRecoverySuccessful; context: privilegedSessionExpiresAt (time as RFC 3339 string), privileged_session_expires_at (time as RFC 3339 string), privileged_session_expires_at_unix (number)
kratos-1060001 = Sua conta foi recuperada. Defina agora uma nova senha ou adicione outra forma de entrar (por exemplo, uma conta de rede social). Isso só é possível por pouco tempo.

# InfoSelfServiceRecoveryEmailSent; context: none
kratos-1060002 = Enviamos um link de recuperação para o e-mail que você informou. Se ele não chegar, confira se o endereço está escrito corretamente e se é o mesmo que você usou ao criar a conta.

# InfoSelfServiceRecoveryEmailWithCodeSent; context: none
kratos-1060003 = Enviamos um código de recuperação para o e-mail que você informou. Se ele não chegar, confira se o endereço está escrito corretamente e se é o mesmo que você usou ao criar a conta.

# InfoNodeLabel; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1070000 = Campo

# InfoNodeLabelInputPassword; context: none
kratos-1070001 = Senha

# InfoNodeLabelGenerated; context: title (string: title from the identity schema); passthrough
kratos-1070002 = { $title }

# InfoNodeLabelSave; context: none
kratos-1070003 = Salvar

# InfoNodeLabelID; context: none
kratos-1070004 = ID

# InfoNodeLabelSubmit; context: none
kratos-1070005 = Enviar

# InfoNodeLabelVerifyOTP; context: none
kratos-1070006 = Confirmar código

# InfoNodeLabelEmail; context: none
kratos-1070007 = E-mail

# InfoNodeLabelResendOTP; context: none
kratos-1070008 = Reenviar código

# InfoNodeLabelContinue; context: none
kratos-1070009 = Continuar

# InfoNodeLabelRecoveryCode; context: none
kratos-1070010 = Código de recuperação

# InfoNodeLabelVerificationCode; context: none
kratos-1070011 = Código de verificação

# InfoNodeLabelRegistrationCode; context: none
kratos-1070012 = Código de cadastro

# InfoNodeLabelLoginCode; context: none
kratos-1070013 = Código de login

# InfoNodeLabelLoginAndLinkCredential; context: none
kratos-1070014 = Entrar e vincular conta

# InfoNodeLabelCaptcha; context: none
kratos-1070015 = Para continuar, resolva o captcha.

# InfoSelfServiceVerification; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1080000 = Verificação de endereço

# InfoSelfServiceVerificationEmailSent; context: none
kratos-1080001 = Enviamos um link de verificação para o e-mail que você informou. Se ele não chegar, confira se o endereço está escrito corretamente e se é o mesmo que você usou ao criar a conta.

# InfoSelfServiceVerificationSuccessful; context: none
kratos-1080002 = Seu endereço de e-mail foi verificado.

# InfoSelfServiceVerificationEmailWithCodeSent; context: none
kratos-1080003 = Enviamos um código de verificação para o e-mail que você informou. Se ele não chegar, confira se o endereço está escrito corretamente e se é o mesmo que você usou ao criar a conta.

# ErrorValidation; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4000000 = Confira os dados informados.

# ErrorValidationGeneric; context: reason (string: English text from Kratos); passthrough
kratos-4000001 = Este valor não é válido. Confira os dados informados.

# ErrorValidationRequired; context: property (string: name of the missing field, not shown: the message sits under the field and the error summary names its label)
kratos-4000002 = Preencha este campo.

# ErrorValidationMinLength; context: min_length (number), actual_length (number)
kratos-4000003 =
    { $min_length ->
        [one] Digite pelo menos { $min_length } caractere (você digitou { $actual_length }).
       *[other] Digite pelo menos { $min_length } caracteres (você digitou { $actual_length }).
    }

# ErrorValidationInvalidFormat; context: pattern (string: regular expression)
kratos-4000004 = O valor não está no formato exigido (padrão: { $pattern }).

# ErrorValidationPasswordPolicyViolationGeneric; context: reason (string: English text from Kratos)
kratos-4000005 = Não é possível usar esta senha. Escolha outra.

# ErrorValidationInvalidCredentials; context: none
kratos-4000006 = Os dados de login estão incorretos. Confira se há erros de digitação na senha e no nome de usuário, e-mail ou número de telefone.

# ErrorValidationDuplicateCredentials; context: none
kratos-4000007 = Já existe uma conta com este e-mail, número de telefone ou nome de usuário.

# ErrorValidationTOTPVerifierWrong; context: none
kratos-4000008 = O código do app autenticador está incorreto. Tente novamente.

# ErrorValidationIdentifierMissing; context: none
kratos-4000009 = Não encontramos nenhum identificador de login (como e-mail ou nome de usuário). Confira se você o preencheu. Se preencheu, o servidor pode estar configurado incorretamente.

# ErrorValidationAddressNotVerified; context: none
kratos-4000010 = Sua conta ainda não está ativa. Você já verificou seu e-mail?

# ErrorValidationNoTOTPDevice; context: none
kratos-4000011 = Você não configurou nenhum app autenticador.

# ErrorValidationLookupAlreadyUsed; context: none
kratos-4000012 = Este código de backup já foi usado.

# ErrorValidationNoWebAuthnDevice; context: none
kratos-4000013 = Você não configurou nenhuma chave de segurança.

# ErrorValidationNoLookup; context: none
kratos-4000014 = Você não configurou códigos de backup.

# ErrorValidationSuchNoWebAuthnUser; context: none
kratos-4000015 = Esta conta não existe ou não tem nenhuma chave de segurança configurada.

# ErrorValidationLookupInvalid; context: none
kratos-4000016 = Este código de backup não é válido.

# ErrorValidationMaxLength; context: max_length (number), actual_length (number)
kratos-4000017 =
    { $max_length ->
        [one] Digite no máximo { $max_length } caractere (você digitou { $actual_length }).
       *[other] Digite no máximo { $max_length } caracteres (você digitou { $actual_length }).
    }

# ErrorValidationMinimum; context: minimum (number), actual (number)
kratos-4000018 = O valor precisa ser no mínimo { $minimum } (você digitou { $actual }).

# ErrorValidationExclusiveMinimum; context: minimum (number), actual (number)
kratos-4000019 = O valor precisa ser maior que { $minimum } (você digitou { $actual }).

# ErrorValidationMaximum; context: maximum (number), actual (number)
kratos-4000020 = O valor precisa ser no máximo { $maximum } (você digitou { $actual }).

# ErrorValidationExclusiveMaximum; context: maximum (number), actual (number)
kratos-4000021 = O valor precisa ser menor que { $maximum } (você digitou { $actual }).

# ErrorValidationMultipleOf; context: base (number), actual (number)
kratos-4000022 = O valor precisa ser múltiplo de { $base } (você digitou { $actual }).

# ErrorValidationMaxItems; context: max_items (number), actual_items (number)
kratos-4000023 =
    { $max_items ->
        [one] É permitido no máximo { $max_items } item (há { $actual_items }).
       *[other] São permitidos no máximo { $max_items } itens (há { $actual_items }).
    }

# ErrorValidationMinItems; context: min_items (number), actual_items (number)
kratos-4000024 =
    { $min_items ->
        [one] É necessário pelo menos { $min_items } item (há { $actual_items }).
       *[other] São necessários pelo menos { $min_items } itens (há { $actual_items }).
    }

# ErrorValidationUniqueItems; context: index_a (number), index_b (number); zero-based positions, deliberately not shown
kratos-4000025 = A lista contém o mesmo item mais de uma vez. Cada item só pode aparecer uma vez.

# ErrorValidationWrongType; context: allowed_types (array of JSON type names), actual_type (string)
kratos-4000026 = Este valor tem o tipo errado (esperado: { $allowed_types }; recebido: { $actual_type }).

# ErrorValidationDuplicateCredentialsOnOIDCLink; context: none
kratos-4000027 = Já existe uma conta com este e-mail, número de telefone ou nome de usuário. Entre nessa conta primeiro para vincular sua conta de rede social.

# ErrorValidationDuplicateCredentialsWithHints; context: available_credential_types (array), available_oidc_providers (array), credential_identifier_hint (string, may be empty)
kratos-4000028 = Outra conta já usa “{ $credential_identifier_hint }”. Entre nessa conta com um método que já esteja configurado nela.

# ErrorValidationConst; context: expected (string: the required value)
kratos-4000029 = O valor precisa ser exatamente { $expected }.

# ErrorValidationConstGeneric; context: none
kratos-4000030 = O valor não corresponde ao valor exigido.

# ErrorValidationPasswordIdentifierTooSimilar; context: none
kratos-4000031 = Não é possível usar esta senha porque ela é parecida demais com seu nome de login (por exemplo, seu e-mail ou nome de usuário).

# ErrorValidationPasswordMinLength; context: min_length (number), actual_length (number)
kratos-4000032 =
    { $min_length ->
        [one] Sua senha precisa ter pelo menos { $min_length } caractere, mas tem { $actual_length }.
       *[other] Sua senha precisa ter pelo menos { $min_length } caracteres, mas tem { $actual_length }.
    }

# ErrorValidationPasswordMaxLength; context: max_length (number), actual_length (number)
kratos-4000033 =
    { $max_length ->
        [one] Sua senha pode ter no máximo { $max_length } caractere, mas tem { $actual_length }.
       *[other] Sua senha pode ter no máximo { $max_length } caracteres, mas tem { $actual_length }.
    }

# ErrorValidationPasswordTooManyBreaches; context: breaches (number)
kratos-4000034 = Esta senha apareceu em vazamentos de dados conhecidos e não deve mais ser usada. Escolha outra.

# ErrorValidationNoCodeUser; context: none
kratos-4000035 = Esta conta não existe ou não tem login por código configurado.

# ErrorValidationTraitsMismatch; context: none
kratos-4000036 = Os dados que você informou não correspondem aos que foram informados antes neste processo.

# ErrorValidationAccountNotFound; context: none
kratos-4000037 = Esta conta não existe ou não tem nenhum método de login configurado.

# ErrorValidationCaptchaError; context: none
kratos-4000038 = A verificação do captcha falhou. Tente novamente.

# ErrorValidationLogin; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4010000 = Não foi possível entrar. Confira os dados informados.

# ErrorValidationLoginFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4010001 = Sua tentativa de login expirou. Tente novamente.

# ErrorValidationLoginNoStrategyFound; context: none
kratos-4010002 = Não encontramos uma forma de fazer seu login. Confira se você preencheu o formulário corretamente.

# ErrorValidationRegistrationNoStrategyFound; context: none
kratos-4010003 = Não encontramos uma forma de criar sua conta. Confira se você preencheu o formulário corretamente.

# ErrorValidationSettingsNoStrategyFound; context: none
kratos-4010004 = Não encontramos uma forma de atualizar suas configurações. Confira se você preencheu o formulário corretamente.

# ErrorValidationRecoveryNoStrategyFound; context: none
kratos-4010005 = Não encontramos uma forma de recuperar sua conta. Confira se você preencheu o formulário corretamente.

# ErrorValidationVerificationNoStrategyFound; context: none
kratos-4010006 = Não encontramos uma forma de verificar sua conta. Confira se você preencheu o formulário corretamente.

# ErrorValidationLoginRetrySuccess; context: none
kratos-4010007 = Esta solicitação já foi concluída com sucesso e não pode ser repetida.

# ErrorValidationLoginCodeInvalidOrAlreadyUsed; context: none
kratos-4010008 = Este código de login é inválido ou já foi usado. Tente novamente.

# ErrorValidationLoginLinkedCredentialsDoNotMatch; context: none
kratos-4010009 = Os dados de login que você está tentando vincular não correspondem.

# ErrorValidationLoginAddressUnknown; context: none
kratos-4010010 = O endereço que você digitou não corresponde a nenhum endereço salvo nesta conta.

# ErrorValidationRegistration; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4040000 = Não foi possível criar a conta. Confira os dados informados.

# ErrorValidationRegistrationFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4040001 = Sua tentativa de cadastro expirou. Tente novamente.

# ErrorValidateionRegistrationRetrySuccess; context: none
kratos-4040002 = Esta solicitação já foi concluída com sucesso e não pode ser repetida.

# ErrorValidationRegistrationCodeInvalidOrAlreadyUsed; context: none
kratos-4040003 = Este código de cadastro é inválido ou já foi usado. Tente novamente.

# ErrorValidationSettings; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4050000 = Não foi possível salvar suas configurações. Confira os dados informados.

# ErrorValidationSettingsFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4050001 = O tempo para alterar suas configurações acabou. Tente novamente.

# ErrorValidationRecovery; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4060000 = Não foi possível recuperar a conta. Confira os dados informados.

# ErrorValidationRecoveryRetrySuccess; context: none
kratos-4060001 = Esta solicitação já foi concluída com sucesso e não pode ser repetida.

# ErrorValidationRecoveryStateFailure; context: none
kratos-4060002 = Algo deu errado durante a recuperação da conta. Comece de novo.

# ErrorValidationRecoveryMissingRecoveryToken; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4060003 = O link de recuperação está incompleto. Inicie a recuperação da conta novamente.

# ErrorValidationRecoveryTokenInvalidOrAlreadyUsed; context: none
kratos-4060004 = Este link de recuperação é inválido ou já foi usado. Comece de novo.

# ErrorValidationRecoveryFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4060005 = Sua tentativa de recuperação de conta expirou. Tente novamente.

# ErrorValidationRecoveryCodeInvalidOrAlreadyUsed; context: none
kratos-4060006 = Este código de recuperação é inválido ou já foi usado. Tente novamente.

# ErrorValidationVerification; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4070000 = Não foi possível concluir a verificação. Confira os dados informados.

# ErrorValidationVerificationTokenInvalidOrAlreadyUsed; context: none
kratos-4070001 = Este link de verificação é inválido ou já foi usado. Comece de novo.

# ErrorValidationVerificationRetrySuccess; context: none
kratos-4070002 = Esta solicitação já foi concluída com sucesso e não pode ser repetida.

# ErrorValidationVerificationStateFailure; context: none
kratos-4070003 = Algo deu errado durante a verificação. Comece de novo.

# ErrorValidationVerificationMissingVerificationToken; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4070004 = O link de verificação está incompleto. Inicie a verificação novamente.

# ErrorValidationVerificationFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4070005 = Sua tentativa de verificação expirou. Tente novamente.

# ErrorValidationVerificationCodeInvalidOrAlreadyUsed; context: none
kratos-4070006 = Este código de verificação é inválido ou já foi usado. Tente novamente.

# ErrorSystem; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-5000000 = Algo deu errado. Tente novamente mais tarde.

# ErrorSystemGeneric; context: reason (string: English text from Kratos); passthrough
kratos-5000001 = Ocorreu um erro no serviço de contas. Tente novamente.
