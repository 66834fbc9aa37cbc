### Komunikaty Kratos w interfejsie, po polsku (forma „ty”, tryb rozkazujący: „Zaloguj się”;
### sformułowania neutralne pod względem płci, np. „Nie skonfigurowano”).
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
kratos-1010000 = Logowanie

# InfoSelfServiceLogin; context: none
kratos-1010001 = Zaloguj się

# InfoSelfServiceLoginWith; context: provider (string), provider_id (string)
kratos-1010002 = Zaloguj się przez { $provider }

# InfoSelfServiceLoginReAuth; context: none
kratos-1010003 = Aby wykonać tę czynność, potwierdź, że to naprawdę ty.

# InfoSelfServiceLoginMFA; context: none
kratos-1010004 = Dokończ drugi krok logowania.

# InfoSelfServiceLoginVerify; context: none
kratos-1010005 = Zweryfikuj

# InfoSelfServiceLoginTOTPLabel; context: none
kratos-1010006 = Kod z aplikacji uwierzytelniającej

# InfoLoginLookupLabel; context: none
kratos-1010007 = Kod zapasowy

# InfoSelfServiceLoginWebAuthn; context: none
kratos-1010008 = Zaloguj się kluczem bezpieczeństwa

# InfoLoginTOTP; context: none
kratos-1010009 = Użyj aplikacji uwierzytelniającej

# InfoLoginLookup; context: none
kratos-1010010 = Użyj kodu zapasowego

# InfoSelfServiceLoginContinueWebAuthn; context: none
kratos-1010011 = Zaloguj się kluczem bezpieczeństwa

# InfoSelfServiceLoginWebAuthnPasswordless; context: none
kratos-1010012 = Przygotuj klucz bezpieczeństwa lub urządzenie biometryczne (np. czytnik linii papilarnych), a potem wybierz „Dalej”.

# InfoSelfServiceLoginContinue; context: none
kratos-1010013 = Dalej

# InfoSelfServiceLoginEmailWithCodeSent; context: none
kratos-1010014 = Wysłaliśmy kod na podany adres e-mail. Jeśli nie dotrze, sprawdź, czy adres jest wpisany poprawnie, i spróbuj zalogować się ponownie.

# InfoSelfServiceLoginCode; context: none
kratos-1010015 = Wyślij mi kod logowania

# InfoSelfServiceLoginLink; context: duplicateIdentifier (string), duplicate_identifier (string), provider (string), newLoginUrl (string), new_login_url (string), available_credential_types (array), available_providers (array)
kratos-1010016 = Adres e-mail „{ $duplicate_identifier }” należy już do istniejącego konta. Zaloguj się na to konto, korzystając z jednej z poniższych opcji. Konto { $provider } zostanie wtedy dodane jako kolejny sposób logowania.

# InfoSelfServiceLoginAndLink; context: none
kratos-1010017 = Zaloguj się i połącz

# InfoSelfServiceLoginWithAndLink; context: provider (string)
kratos-1010018 = Potwierdź przez { $provider }

# InfoSelfServiceLoginCodeMFA; context: none
kratos-1010019 = Wyślij mi kod, aby kontynuować

# InfoSelfServiceLoginCodeMFAHint; context: none (declared but not emitted by Kratos v1.3.1)
kratos-1010020 = Aby potwierdzić, że ten adres należy do ciebie, wpisz go w całości.

# InfoSelfServiceLoginPasskey; context: none
kratos-1010021 = Zaloguj się kluczem dostępu

# InfoSelfServiceLoginPassword; context: none
kratos-1010022 = Zaloguj się hasłem

# InfoSelfServiceLoginAAL2CodeAddress; context: address (string), channel (string: email or sms)
kratos-1010023 = Wyślij kod na { $address }

# InfoSelfServiceLogout; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1020000 = Wyloguj się

# InfoSelfServiceMFA; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1030000 = Dodatkowy krok logowania

# InfoSelfServiceRegistrationRoot; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1040000 = Rejestracja

# InfoSelfServiceRegistration; context: none
kratos-1040001 = Zarejestruj się

# InfoSelfServiceRegistrationWith; context: provider (string), provider_id (string)
kratos-1040002 = Zarejestruj się przez { $provider }

# InfoSelfServiceRegistrationContinue; context: none
kratos-1040003 = Dalej

# InfoSelfServiceRegistrationRegisterWebAuthn; context: none
kratos-1040004 = Zarejestruj się kluczem bezpieczeństwa

# InfoSelfServiceRegistrationEmailWithCodeSent; context: none
kratos-1040005 = Wysłaliśmy kod na podany adres e-mail. Jeśli nie dotrze, sprawdź, czy adres jest wpisany poprawnie, i spróbuj zarejestrować się ponownie.

# InfoSelfServiceRegistrationRegisterCode; context: none
kratos-1040006 = Wyślij mi kod rejestracji

# InfoSelfServiceRegistrationRegisterPasskey; context: none
kratos-1040007 = Zarejestruj się kluczem dostępu

# InfoSelfServiceRegistrationBack; context: none
kratos-1040008 = Wstecz

# InfoSelfServiceRegistrationChooseCredentials; context: none
kratos-1040009 = Wybierz, jak chcesz się logować.

# InfoSelfServiceSettings; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1050000 = Ustawienia konta

# InfoSelfServiceSettingsUpdateSuccess; context: none
kratos-1050001 = Zmiany zostały zapisane.

# InfoSelfServiceSettingsUpdateLinkOidc; context: provider (string)
kratos-1050002 = Połącz konto { $provider }

# InfoSelfServiceSettingsUpdateUnlinkOidc; context: provider (string)
kratos-1050003 = Odłącz konto { $provider }

# InfoSelfServiceSettingsUpdateUnlinkTOTP; context: none
kratos-1050004 = Usuń aplikację uwierzytelniającą

# InfoSelfServiceSettingsTOTPQRCode; context: none
kratos-1050005 = Kod QR dla aplikacji uwierzytelniającej

# InfoSelfServiceSettingsTOTPSecret; context: secret (string); shown in a text node, passthrough
kratos-1050006 = { $secret }

# InfoSelfServiceSettingsRevealLookup; context: none
kratos-1050007 = Pokaż kody zapasowe

# InfoSelfServiceSettingsRegenerateLookup; context: none
kratos-1050008 = Utwórz nowe kody zapasowe

# InfoSelfServiceSettingsLookupSecret; context: secret (string); one backup code, passthrough
kratos-1050009 = { $secret }

# InfoSelfServiceSettingsLookupSecretLabel; context: none
kratos-1050010 = Oto twoje kody zapasowe. Przechowuj je w bezpiecznym miejscu.

# InfoSelfServiceSettingsLookupConfirm; context: none
kratos-1050011 = Potwierdź kody zapasowe

# InfoSelfServiceSettingsRegisterWebAuthn; context: none
kratos-1050012 = Dodaj klucz bezpieczeństwa

# InfoSelfServiceSettingsRegisterWebAuthnDisplayName; context: none
kratos-1050013 = Nazwa klucza bezpieczeństwa

# InfoSelfServiceSettingsLookupSecretUsed; context: used_at (time as RFC 3339 string), used_at_unix (number)
kratos-1050014 = Już użyty

# InfoSelfServiceSettingsLookupSecretList; context: secrets (array of objects: nested 1050009/1050014 messages); passthrough, best rendered item by item
kratos-1050015 = { $secrets }

# InfoSelfServiceSettingsDisableLookup; context: none
kratos-1050016 = Wyłącz tę metodę

# InfoSelfServiceSettingsTOTPSecretLabel; context: none
kratos-1050017 = Nie możesz zeskanować kodu QR? Wpisz zamiast tego ten klucz w aplikacji uwierzytelniającej.

# InfoSelfServiceSettingsRemoveWebAuthn; context: display_name (string), added_at (time as RFC 3339 string), added_at_unix (number)
kratos-1050018 = Usuń klucz bezpieczeństwa „{ $display_name }”

# InfoSelfServiceSettingsRegisterPasskey; context: none
kratos-1050019 = Dodaj klucz dostępu

# InfoSelfServiceSettingsRemovePasskey; context: display_name (string), added_at (time as RFC 3339 string), added_at_unix (number)
kratos-1050020 = Usuń klucz dostępu „{ $display_name }”

# InfoSelfServiceRecovery; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1060000 = Odzyskiwanie konta

# InfoSelfServiceRecoverySuccessful; context: privilegedSessionExpiresAt (time as RFC 3339 string), privileged_session_expires_at (time as RFC 3339 string), privileged_session_expires_at_unix (number)
kratos-1060001 = Konto zostało odzyskane. Ustaw teraz nowe hasło lub dodaj inny sposób logowania (np. konto społecznościowe). Możesz to zrobić tylko przez krótki czas.

# InfoSelfServiceRecoveryEmailSent; context: none
kratos-1060002 = Wysłaliśmy link do odzyskiwania konta na podany adres e-mail. Jeśli nie dotrze, sprawdź, czy adres jest wpisany poprawnie i czy to ten sam, którego użyto przy rejestracji.

# InfoSelfServiceRecoveryEmailWithCodeSent; context: none
kratos-1060003 = Wysłaliśmy kod odzyskiwania na podany adres e-mail. Jeśli nie dotrze, sprawdź, czy adres jest wpisany poprawnie i czy to ten sam, którego użyto przy rejestracji.

# InfoNodeLabel; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1070000 = Pole

# InfoNodeLabelInputPassword; context: none
kratos-1070001 = Hasło

# InfoNodeLabelGenerated; context: title (string: title from the identity schema); passthrough
kratos-1070002 = { $title }

# InfoNodeLabelSave; context: none
kratos-1070003 = Zapisz

# InfoNodeLabelID; context: none
kratos-1070004 = Identyfikator

# InfoNodeLabelSubmit; context: none
kratos-1070005 = Wyślij

# InfoNodeLabelVerifyOTP; context: none
kratos-1070006 = Potwierdź kod

# InfoNodeLabelEmail; context: none
kratos-1070007 = Adres e-mail

# InfoNodeLabelResendOTP; context: none
kratos-1070008 = Wyślij kod ponownie

# InfoNodeLabelContinue; context: none
kratos-1070009 = Dalej

# InfoNodeLabelRecoveryCode; context: none
kratos-1070010 = Kod odzyskiwania

# InfoNodeLabelVerificationCode; context: none
kratos-1070011 = Kod weryfikacyjny

# InfoNodeLabelRegistrationCode; context: none
kratos-1070012 = Kod rejestracji

# InfoNodeLabelLoginCode; context: none
kratos-1070013 = Kod logowania

# InfoNodeLabelLoginAndLinkCredential; context: none
kratos-1070014 = Zaloguj się i połącz konto

# InfoNodeLabelCaptcha; context: none
kratos-1070015 = Aby kontynuować, rozwiąż test CAPTCHA.

# InfoSelfServiceVerification; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1080000 = Weryfikacja adresu

# InfoSelfServiceVerificationEmailSent; context: none
kratos-1080001 = Wysłaliśmy link weryfikacyjny na podany adres e-mail. Jeśli nie dotrze, sprawdź, czy adres jest wpisany poprawnie i czy to ten sam, którego użyto przy rejestracji.

# InfoSelfServiceVerificationSuccessful; context: none
kratos-1080002 = Adres e-mail został zweryfikowany.

# InfoSelfServiceVerificationEmailWithCodeSent; context: none
kratos-1080003 = Wysłaliśmy kod weryfikacyjny na podany adres e-mail. Jeśli nie dotrze, sprawdź, czy adres jest wpisany poprawnie i czy to ten sam, którego użyto przy rejestracji.

# ErrorValidation; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4000000 = Sprawdź wprowadzone dane.

# ErrorValidationGeneric; context: reason (string: English text from Kratos, not shown: it is not Polish)
kratos-4000001 = Ta wartość jest nieprawidłowa. Sprawdź wprowadzone dane.

# ErrorValidationRequired; context: property (string: name of the missing field, not shown: the message sits under the field and the error summary names its label)
kratos-4000002 = Wypełnij to pole.

# ErrorValidationMinLength; context: min_length (number), actual_length (number)
kratos-4000003 =
    { $min_length ->
        [one] Wpisz co najmniej { $min_length } znak (wpisano: { $actual_length }).
        [few] Wpisz co najmniej { $min_length } znaki (wpisano: { $actual_length }).
        [many] Wpisz co najmniej { $min_length } znaków (wpisano: { $actual_length }).
       *[other] Wpisz co najmniej { $min_length } znaku (wpisano: { $actual_length }).
    }

# ErrorValidationInvalidFormat; context: pattern (string: regular expression)
kratos-4000004 = Wartość ma nieprawidłowy format (wymagany wzorzec: { $pattern }).

# ErrorValidationPasswordPolicyViolationGeneric; context: reason (string: English text from Kratos, not shown: it is not Polish)
kratos-4000005 = Tego hasła nie można użyć. Wybierz inne.

# ErrorValidationInvalidCredentials; context: none
kratos-4000006 = Nieprawidłowe dane logowania. Sprawdź, czy w haśle oraz w nazwie użytkownika, adresie e-mail lub numerze telefonu nie ma literówek.

# ErrorValidationDuplicateCredentials; context: none
kratos-4000007 = Konto z tym adresem e-mail, numerem telefonu lub nazwą użytkownika już istnieje.

# ErrorValidationTOTPVerifierWrong; context: none
kratos-4000008 = Kod z aplikacji uwierzytelniającej jest nieprawidłowy. Spróbuj ponownie.

# ErrorValidationIdentifierMissing; context: none
kratos-4000009 = Nie znaleziono identyfikatora logowania (np. adresu e-mail lub nazwy użytkownika). Sprawdź, czy to pole jest wypełnione. Jeśli tak, serwer może być nieprawidłowo skonfigurowany.

# ErrorValidationAddressNotVerified; context: none
kratos-4000010 = Konto nie jest jeszcze aktywne. Czy adres e-mail został zweryfikowany?

# ErrorValidationNoTOTPDevice; context: none
kratos-4000011 = Nie skonfigurowano aplikacji uwierzytelniającej.

# ErrorValidationLookupAlreadyUsed; context: none
kratos-4000012 = Ten kod zapasowy został już użyty.

# ErrorValidationNoWebAuthnDevice; context: none
kratos-4000013 = Nie skonfigurowano klucza bezpieczeństwa.

# ErrorValidationNoLookup; context: none
kratos-4000014 = Nie skonfigurowano kodów zapasowych.

# ErrorValidationSuchNoWebAuthnUser; context: none
kratos-4000015 = To konto nie istnieje albo nie skonfigurowano dla niego klucza bezpieczeństwa.

# ErrorValidationLookupInvalid; context: none
kratos-4000016 = Ten kod zapasowy jest nieprawidłowy.

# ErrorValidationMaxLength; context: max_length (number), actual_length (number)
kratos-4000017 =
    { $max_length ->
        [one] Wpisz maksymalnie { $max_length } znak (wpisano: { $actual_length }).
        [few] Wpisz maksymalnie { $max_length } znaki (wpisano: { $actual_length }).
        [many] Wpisz maksymalnie { $max_length } znaków (wpisano: { $actual_length }).
       *[other] Wpisz maksymalnie { $max_length } znaku (wpisano: { $actual_length }).
    }

# ErrorValidationMinimum; context: minimum (number), actual (number)
kratos-4000018 = Wartość musi wynosić co najmniej { $minimum } (wpisano: { $actual }).

# ErrorValidationExclusiveMinimum; context: minimum (number), actual (number)
kratos-4000019 = Wartość musi być większa niż { $minimum } (wpisano: { $actual }).

# ErrorValidationMaximum; context: maximum (number), actual (number)
kratos-4000020 = Wartość może wynosić co najwyżej { $maximum } (wpisano: { $actual }).

# ErrorValidationExclusiveMaximum; context: maximum (number), actual (number)
kratos-4000021 = Wartość musi być mniejsza niż { $maximum } (wpisano: { $actual }).

# ErrorValidationMultipleOf; context: base (number), actual (number)
kratos-4000022 = Wartość musi być wielokrotnością liczby { $base } (wpisano: { $actual }).

# ErrorValidationMaxItems; context: max_items (number), actual_items (number)
kratos-4000023 =
    { $max_items ->
        [one] Lista może zawierać maksymalnie { $max_items } pozycję (obecnie: { $actual_items }).
        [few] Lista może zawierać maksymalnie { $max_items } pozycje (obecnie: { $actual_items }).
        [many] Lista może zawierać maksymalnie { $max_items } pozycji (obecnie: { $actual_items }).
       *[other] Lista może zawierać maksymalnie { $max_items } pozycji (obecnie: { $actual_items }).
    }

# ErrorValidationMinItems; context: min_items (number), actual_items (number)
kratos-4000024 =
    { $min_items ->
        [one] Lista musi zawierać co najmniej { $min_items } pozycję (obecnie: { $actual_items }).
        [few] Lista musi zawierać co najmniej { $min_items } pozycje (obecnie: { $actual_items }).
        [many] Lista musi zawierać co najmniej { $min_items } pozycji (obecnie: { $actual_items }).
       *[other] Lista musi zawierać co najmniej { $min_items } pozycji (obecnie: { $actual_items }).
    }

# ErrorValidationUniqueItems; context: index_a (number), index_b (number); zero-based positions, deliberately not shown
kratos-4000025 = Lista zawiera tę samą pozycję więcej niż raz. Każda pozycja może wystąpić tylko raz.

# ErrorValidationWrongType; context: allowed_types (array of JSON type names), actual_type (string)
kratos-4000026 = Ta wartość ma nieprawidłowy typ (oczekiwano: { $allowed_types }; otrzymano: { $actual_type }).

# ErrorValidationDuplicateCredentialsOnOIDCLink; context: none
kratos-4000027 = Konto z tym adresem e-mail, numerem telefonu lub nazwą użytkownika już istnieje. Aby połączyć konto społecznościowe, najpierw zaloguj się na to konto.

# ErrorValidationDuplicateCredentialsWithHints; context: available_credential_types (array), available_oidc_providers (array), credential_identifier_hint (string, may be empty)
kratos-4000028 = Identyfikator „{ $credential_identifier_hint }” jest już używany przez inne konto. Zaloguj się na tamto konto metodą, która jest już dla niego skonfigurowana.

# ErrorValidationConst; context: expected (string: the required value)
kratos-4000029 = Wymagana wartość to dokładnie { $expected }.

# ErrorValidationConstGeneric; context: none
kratos-4000030 = Wartość różni się od wymaganej.

# ErrorValidationPasswordIdentifierTooSimilar; context: none
kratos-4000031 = Tego hasła nie można użyć, bo jest zbyt podobne do identyfikatora logowania (np. adresu e-mail lub nazwy użytkownika).

# ErrorValidationPasswordMinLength; context: min_length (number), actual_length (number)
kratos-4000032 =
    { $min_length ->
        [one] Hasło musi mieć co najmniej { $min_length } znak (obecnie: { $actual_length }).
        [few] Hasło musi mieć co najmniej { $min_length } znaki (obecnie: { $actual_length }).
        [many] Hasło musi mieć co najmniej { $min_length } znaków (obecnie: { $actual_length }).
       *[other] Hasło musi mieć co najmniej { $min_length } znaku (obecnie: { $actual_length }).
    }

# ErrorValidationPasswordMaxLength; context: max_length (number), actual_length (number)
kratos-4000033 =
    { $max_length ->
        [one] Hasło może mieć maksymalnie { $max_length } znak (obecnie: { $actual_length }).
        [few] Hasło może mieć maksymalnie { $max_length } znaki (obecnie: { $actual_length }).
        [many] Hasło może mieć maksymalnie { $max_length } znaków (obecnie: { $actual_length }).
       *[other] Hasło może mieć maksymalnie { $max_length } znaku (obecnie: { $actual_length }).
    }

# ErrorValidationPasswordTooManyBreaches; context: breaches (number)
kratos-4000034 = To hasło pojawiło się w znanych wyciekach danych i nie można go już używać. Wybierz inne.

# ErrorValidationNoCodeUser; context: none
kratos-4000035 = To konto nie istnieje albo nie skonfigurowano dla niego logowania kodem.

# ErrorValidationTraitsMismatch; context: none
kratos-4000036 = Wprowadzone dane nie zgadzają się z danymi podanymi wcześniej w tym procesie.

# ErrorValidationAccountNotFound; context: none
kratos-4000037 = To konto nie istnieje albo nie skonfigurowano dla niego żadnej metody logowania.

# ErrorValidationCaptchaError; context: none
kratos-4000038 = Weryfikacja CAPTCHA nie powiodła się. Spróbuj ponownie.

# ErrorValidationLogin; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4010000 = Logowanie nie powiodło się. Sprawdź wprowadzone dane.

# ErrorValidationLoginFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4010001 = Czas na zalogowanie się minął. Spróbuj ponownie.

# ErrorValidationLoginNoStrategyFound; context: none
kratos-4010002 = Nie udało się znaleźć sposobu, aby cię zalogować. Sprawdź, czy formularz jest poprawnie wypełniony.

# ErrorValidationRegistrationNoStrategyFound; context: none
kratos-4010003 = Nie udało się znaleźć sposobu na utworzenie konta. Sprawdź, czy formularz jest poprawnie wypełniony.

# ErrorValidationSettingsNoStrategyFound; context: none
kratos-4010004 = Nie udało się znaleźć sposobu na zmianę ustawień. Sprawdź, czy formularz jest poprawnie wypełniony.

# ErrorValidationRecoveryNoStrategyFound; context: none
kratos-4010005 = Nie udało się znaleźć sposobu na odzyskanie konta. Sprawdź, czy formularz jest poprawnie wypełniony.

# ErrorValidationVerificationNoStrategyFound; context: none
kratos-4010006 = Nie udało się znaleźć sposobu na zweryfikowanie konta. Sprawdź, czy formularz jest poprawnie wypełniony.

# ErrorValidationLoginRetrySuccess; context: none
kratos-4010007 = To żądanie zostało już pomyślnie zrealizowane i nie można go powtórzyć.

# ErrorValidationLoginCodeInvalidOrAlreadyUsed; context: none
kratos-4010008 = Ten kod logowania jest nieprawidłowy lub został już użyty. Spróbuj ponownie.

# ErrorValidationLoginLinkedCredentialsDoNotMatch; context: none
kratos-4010009 = Dane logowania, które próbujesz połączyć, nie pasują do siebie.

# ErrorValidationLoginAddressUnknown; context: none
kratos-4010010 = Podany adres nie pasuje do żadnego adresu zapisanego na tym koncie.

# ErrorValidationRegistration; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4040000 = Rejestracja nie powiodła się. Sprawdź wprowadzone dane.

# ErrorValidationRegistrationFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4040001 = Czas na rejestrację minął. Spróbuj ponownie.

# ErrorValidateionRegistrationRetrySuccess; context: none
kratos-4040002 = To żądanie zostało już pomyślnie zrealizowane i nie można go powtórzyć.

# ErrorValidationRegistrationCodeInvalidOrAlreadyUsed; context: none
kratos-4040003 = Ten kod rejestracji jest nieprawidłowy lub został już użyty. Spróbuj ponownie.

# ErrorValidationSettings; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4050000 = Nie udało się zapisać ustawień. Sprawdź wprowadzone dane.

# ErrorValidationSettingsFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4050001 = Czas na zmianę ustawień minął. Spróbuj ponownie.

# ErrorValidationRecovery; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4060000 = Odzyskiwanie konta nie powiodło się. Sprawdź wprowadzone dane.

# ErrorValidationRecoveryRetrySuccess; context: none
kratos-4060001 = To żądanie zostało już pomyślnie zrealizowane i nie można go powtórzyć.

# ErrorValidationRecoveryStateFailure; context: none
kratos-4060002 = Podczas odzyskiwania konta coś poszło nie tak. Zacznij od nowa.

# ErrorValidationRecoveryMissingRecoveryToken; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4060003 = Link do odzyskiwania konta jest niepełny. Rozpocznij odzyskiwanie konta od nowa.

# ErrorValidationRecoveryTokenInvalidOrAlreadyUsed; context: none
kratos-4060004 = Ten link do odzyskiwania konta jest nieprawidłowy lub został już użyty. Zacznij od nowa.

# ErrorValidationRecoveryFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4060005 = Czas na odzyskanie konta minął. Spróbuj ponownie.

# ErrorValidationRecoveryCodeInvalidOrAlreadyUsed; context: none
kratos-4060006 = Ten kod odzyskiwania jest nieprawidłowy lub został już użyty. Spróbuj ponownie.

# ErrorValidationVerification; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4070000 = Weryfikacja nie powiodła się. Sprawdź wprowadzone dane.

# ErrorValidationVerificationTokenInvalidOrAlreadyUsed; context: none
kratos-4070001 = Ten link weryfikacyjny jest nieprawidłowy lub został już użyty. Zacznij od nowa.

# ErrorValidationVerificationRetrySuccess; context: none
kratos-4070002 = To żądanie zostało już pomyślnie zrealizowane i nie można go powtórzyć.

# ErrorValidationVerificationStateFailure; context: none
kratos-4070003 = Podczas weryfikacji coś poszło nie tak. Zacznij od nowa.

# ErrorValidationVerificationMissingVerificationToken; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4070004 = Link weryfikacyjny jest niepełny. Rozpocznij weryfikację od nowa.

# ErrorValidationVerificationFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4070005 = Czas na weryfikację minął. Spróbuj ponownie.

# ErrorValidationVerificationCodeInvalidOrAlreadyUsed; context: none
kratos-4070006 = Ten kod weryfikacyjny jest nieprawidłowy lub został już użyty. Spróbuj ponownie.

# ErrorSystem; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-5000000 = Coś poszło nie tak. Spróbuj ponownie później.

# ErrorSystemGeneric; context: reason (string: English text from Kratos, not shown: it is not Polish)
kratos-5000001 = W usłudze kont wystąpił błąd. Spróbuj ponownie.
