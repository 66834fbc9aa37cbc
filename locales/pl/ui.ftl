# kratos-htmx-ui: własne teksty interfejsu, po polsku (forma „ty”, tryb rozkazujący: „Zaloguj się”;
# sformułowania neutralne pod względem płci, np. „Nie zalogowano”).
# Kratos's messages are in kratos.ftl. Every id here must also be in every other language's
# ui.ftl (a unit test checks). Placeholders are written { $name }.

## Layout

skip-link = Przejdź do głównej treści
sign-out = Wyloguj się
sign-out-instead = Zamiast tego wyloguj się
language-label = Język
language-submit = Zmień język
page-title = { $title } – { $product }

## Sign-in, sign-up, recovery, verification, sign-out

login-title = Zaloguj się
login-intro = Zaloguj się, aby zarządzać swoim kontem.
reauth-title = Potwierdź, że to ty
reauth-intro = Ze względów bezpieczeństwa przed wprowadzeniem tej zmiany wpisz ponownie hasło.
second-factor-title = Drugi krok
second-factor-intro = Twoje konto jest chronione drugim krokiem logowania. Potwierdź go, aby kontynuować.
link-create-account = Utwórz konto
link-forgot-password = Nie pamiętasz hasła?
registration-title = Utwórz konto
registration-intro = Podaj, jak możemy się z tobą kontaktować, a potem wybierz sposób logowania.
link-have-account = Masz już konto? Zaloguj się
recovery-title = Odzyskaj konto
recovery-intro = Wpisz adres e-mail. Jeśli jest powiązany z kontem, wyślemy na niego kod do zalogowania się, a potem ustawisz nowe hasło.
link-back-to-sign-in = Wróć do logowania
verification-title = Zweryfikuj adres e-mail
verification-intro = Wpisz kod, który wysłaliśmy na twój adres e-mail. Nie masz kodu? Wpisz adres, aby otrzymać nowy.
link-go-to-account = Przejdź do konta
logout-title = Wyloguj się
logout-intro = Czy chcesz wylogować się z konta na tym urządzeniu?

## Messages and fields

error-prefix = Błąd:
error-summary-title = Wystąpił problem
needs-javascript = Element „{ $label }” wymaga JavaScriptu, który jest wyłączony w tej przeglądarce. Pozostała część strony działa bez niego.
copy = Kopiuj
copied = Skopiowano
download-as-text = Pobierz jako plik tekstowy
copy-failed = Nie udało się skopiować – zaznacz tekst ręcznie
network-error = Nie udało się wysłać zmian, bo połączenie zostało przerwane. Sprawdź połączenie z internetem i spróbuj ponownie.
webauthn-unavailable = Klucze bezpieczeństwa i klucze dostępu nie są dostępne w tej przeglądarce albo nie udało się wczytać skryptu usługi kont.

## Settings

settings-title = Ustawienia konta
sessions-link = Zobacz zalogowane urządzenia
category-profile-title = Profil
category-profile-intro = Informacje o tobie zapisane na koncie.
category-sign-in-title = Metody logowania
category-sign-in-intro = Sposoby, w jakie możesz logować się na konto.
category-two-factor-title = Uwierzytelnianie dwuskładnikowe
category-two-factor-intro = Drugi krok po wpisaniu hasła chroni konto, nawet jeśli hasło wycieknie.
category-other-title = Więcej ustawień
category-other-intro = Dodatkowe ustawienia z usługi kont.
section-profile-title = Dane osobowe
section-profile-intro = Twoje imię i nazwisko oraz sposób kontaktu z tobą.
section-password-title = Hasło
section-password-intro = Ustaw nowe hasło, które ma co najmniej 8 znaków. Logujesz się nim razem z adresem e-mail.
section-oidc-title = Połączone konta
section-oidc-intro = Loguj się kontem, które masz już w innym serwisie.
section-totp-title = Aplikacja uwierzytelniająca
section-totp-intro = Przy logowaniu używaj kodu z aplikacji na telefonie jako drugiego kroku.
section-lookup_secret-title = Kody zapasowe
section-lookup_secret-intro = Jednorazowe kody na wypadek, gdy nie możesz użyć innego sposobu potwierdzenia drugiego kroku. Nowe kody zaczynają działać dopiero po ich potwierdzeniu.
section-webauthn-title = Klucze bezpieczeństwa
section-webauthn-intro = Przy logowaniu używaj klucza sprzętowego lub swojego urządzenia jako drugiego kroku.
section-passkey-title = Klucze dostępu
section-passkey-intro = Loguj się bez hasła za pomocą swojego urządzenia.
section-other-intro = Więcej ustawień z usługi kont.
verification-sent = Wysłaliśmy kod weryfikacyjny na adres { $address }.
verification-sent-unknown = Wysłaliśmy kod weryfikacyjny na twój adres.
verification-enter-code = Wpisz kod, aby zweryfikować adres
unverified-address = Adres { $address } nie jest jeszcze zweryfikowany.
verify-it = Zweryfikuj

## Sessions

sessions-title = Zalogowane urządzenia
sessions-intro = Jeśli nie rozpoznajesz któregoś urządzenia, wyloguj je i zmień hasło.
this-device = To urządzenie
sign-device-out = Wyloguj to urządzenie
no-other-sessions = Konto nie jest zalogowane na żadnym innym urządzeniu.
sign-out-others = Wyloguj wszystkie inne urządzenia
back-to-settings = Wróć do ustawień konta
signed-in-when = Zalogowano { $when }
signed-in-from = z adresu { $address }
browser-on-system = { $browser } w systemie { $system }
program-on-system = Program w systemie { $system }
unknown-program = Nieznany program
unknown-device = Nieznane urządzenie
just-now = przed chwilą
minutes-ago = { $count ->
    [one] { $count } minutę temu
    [few] { $count } minuty temu
    [many] { $count } minut temu
   *[other] { $count } minuty temu
}
hours-ago = { $count ->
    [one] { $count } godzinę temu
    [few] { $count } godziny temu
    [many] { $count } godzin temu
   *[other] { $count } godziny temu
}
days-ago = { $count ->
    [one] { $count } dzień temu
    [few] { $count } dni temu
    [many] { $count } dni temu
   *[other] { $count } dnia temu
}

## Notices carried across a redirect

notice-flow-expired = Formularz wygasł przed wysłaniem, więc otworzyliśmy nowy. Nic nie zostało zmienione – wprowadź zmiany jeszcze raz.
notice-flow-restarted = Tego formularza nie można było już użyć, więc otworzyliśmy nowy. Nic nie zostało zmienione.
notice-session-revoked = Urządzenie zostało wylogowane.
notice-other-sessions-revoked = Wszystkie inne urządzenia zostały wylogowane.
notice-refused = Usługa kont odrzuciła żądanie.

## Problems on our side of the line

try-again = Spróbuj ponownie
problem-unavailable-title = Usługa kont jest niedostępna
problem-unavailable-text = Nie udało się połączyć z usługą, która zarządza kontami. Spróbuj ponownie za chwilę.
problem-malformed-flow-title = Ten link jest nieprawidłowy
problem-malformed-flow-text = Adres tej strony jest niepełny lub uszkodzony. Zacznij od nowa w ustawieniach konta.
problem-flow-not-found-title = Ten formularz już nie istnieje
problem-flow-not-found-text = Otwarty formularz jest nieznany lub został usunięty. Zacznij od nowa, aby otrzymać nowy.
problem-page-not-found-title = Nie znaleziono strony
problem-page-not-found-text = Pod tym adresem nie ma żadnej strony. Sprawdź adres lub przejdź do konta.
problem-cross-site-title = To żądanie pochodzi z innej witryny
problem-cross-site-text = Dla twojego bezpieczeństwa zmiany można wprowadzać tylko na stronach tej witryny. Nic nie zostało zmienione.
problem-bad-request-title = Nie można obsłużyć tego żądania
problem-not-a-session = To nie jest sesja.
problem-session-not-revocable = Tej sesji nie można tutaj zakończyć.
problem-no-error = Nie ma żadnego błędu do wyświetlenia.
problem-not-form-data = Formularze muszą być wysyłane jako dane formularza.
problem-too-large = Żądanie było zbyt duże.
problem-too-slow = Żądanie docierało zbyt długo. Spróbuj ponownie.
problem-headers-too-large = Żądanie zawierało zbyt dużo danych w nagłówkach – zwykle za dużo lub zbyt duże pliki cookie tej witryny. Pomoże usunięcie plików cookie tej witryny w ustawieniach przeglądarki.
problem-method-not-allowed = Ten adres nie przyjmuje tego rodzaju żądań.
problem-unreadable = Nie udało się odczytać żądania.
problem-unknown-language = Ten język nie jest dostępny.

## Kratos errors, explained

error-detail-label = Komunikat usługi kont:
error-code = Błąd { $code }
error-code-with-id = Błąd { $code } ({ $id })
error-csrf-title = Nie udało się zweryfikować żądania
error-csrf-text = Dla twojego bezpieczeństwa żądanie zostało odrzucone: jego token zabezpieczający (kontrola CSRF) nie pasował do tej przeglądarki. Dzieje się tak, gdy pliki cookie są blokowane, gdy formularz otwarto w innej przeglądarce lub karcie, w której w międzyczasie nastąpiło logowanie, albo po ponownym zalogowaniu się. Zacznij od nowa.
error-return-to-title = Ten adres powrotu jest niedozwolony
error-return-to-text = Link miał cię przekierować po zakończeniu na adres, któremu ten serwis nie ufa. Otwórz konto z poziomu serwisu, z którego przychodzisz, albo zacznij od nowa tutaj.
error-identity-mismatch-title = Ten formularz należy do innego konta
error-identity-mismatch-text = Użyty formularz został otwarty przez inne konto niż to, które jest teraz zalogowane. Zacznij od nowa, aby otrzymać formularz dla swojego konta.
error-already-signed-in-title = Logowanie nie jest potrzebne
error-already-signed-in-text = Sesja jest już aktywna, więc nie musisz logować się ponownie. Przejdź do konta.
error-aal1-required-title = Najpierw się zaloguj
error-aal1-required-text = Drugi krok można potwierdzić dopiero po zalogowaniu się. Zaloguj się, a potem kontynuuj.
error-inactive-title = Nie zalogowano
error-inactive-text = Sesja wygasła albo logowanie jeszcze nie nastąpiło. Zaloguj się i spróbuj ponownie.
error-aal2-required-title = Wymagany jest drugi krok
error-aal2-required-text = Twoje konto jest chronione drugim krokiem logowania. Zaloguj się ponownie i potwierdź go, aby kontynuować.
error-aal-fulfilled-title = Drugi krok jest już potwierdzony
error-aal-fulfilled-text = Nie trzeba już niczego potwierdzać. Przejdź do konta.
error-refresh-required-title = Potwierdź, że to ty
error-refresh-required-text = Ta zmiana wymaga niedawnego zalogowania się. Zaloguj się ponownie, a potem powtórz zmianę.
error-verified-address-title = Najpierw zweryfikuj adres e-mail
error-verified-address-text = Do tego potrzebny jest zweryfikowany adres e-mail. Zweryfikuj swój adres i spróbuj ponownie.
error-flow-replaced-title = Ten formularz został zastąpiony
error-flow-replaced-text = Jego miejsce zajął nowszy formularz, np. otwarty w innej karcie. Zacznij od nowa.
error-flow-disabled-title = Ta funkcja jest wyłączona
error-flow-disabled-text = Usługa kont nie oferuje tej funkcji. Jeśli uważasz, że powinna, skontaktuj się z jej administratorami.
error-location-change-title = Przeglądarka musi przejść na inną stronę
error-location-change-text = Ten krok jest kontynuowany na innej stronie, np. u dostawcy logowania. Zacznij od nowa ze strony konta.
error-flow-expired-title = Ten formularz wygasł
error-flow-expired-text = Formularz był otwarty zbyt długo. Zacznij od nowa, aby otrzymać nowy.
error-unknown-title = Coś poszło nie tak
error-unknown-text = Usługa kont nie mogła zrealizować żądania. Zacznij od nowa.

## Trait titles from the identity schema. An entry applies only while the schema's title is
## still its .source text, so a changed schema never shows a stale translation.

trait-email = Adres e-mail
    .source = Email address
trait-name = Imię i nazwisko
    .source = Full name
trait-phone = Numer telefonu
    .source = Phone number
trait-website = Strona internetowa
    .source = Website
trait-age = Wiek
    .source = Age
trait-newsletter = Chcę otrzymywać newsletter
    .source = Send me the newsletter

## Gallery (development only)

gallery-title = Galeria wszystkich stanów
gallery-intro = Wszystkie stany przepływów zarejestrowane w działającym Kratosie i wyświetlone tym samym mechanizmem co prawdziwe strony. Formularze na tej stronie nic nie robią.
gallery-contents = Spis treści
gallery-drawn-by = Rysowane przez
gallery-show-where = Oznacz każdą część widokiem, który ją rysuje
gallery-hide-where = Ukryj etykiety

## Apps that sign people in through Ory Hydra (OAuth2 and OpenID Connect)

login-intro-app = Zaloguj się, aby przejść do aplikacji { $app }.
reauth-intro-app = Potwierdź, że to ty, aby przejść do aplikacji { $app }.
registration-intro-app = Utwórz konto, aby przejść do aplikacji { $app }.
consent-title = Zezwolić aplikacji { $app } na korzystanie z twojego konta?
consent-intro = Aplikacja { $app } prosi o dostęp do twojego konta { $account }. Wybierz, co może widzieć i robić. Dostęp możesz odebrać w każdej chwili.
consent-scopes-legend = Aplikacja { $app } chce:
consent-remember = Zapamiętaj moją decyzję dla tej aplikacji
consent-policy = Polityka prywatności aplikacji { $app }
consent-terms = Warunki korzystania z aplikacji { $app }
consent-accept = Zezwól
consent-reject = Odmów
scope-openid = Poznać twoją tożsamość (identyfikator konta)
scope-email = Widzieć twój adres e-mail
scope-profile = Widzieć twoje imię i nazwisko oraz stronę internetową
scope-offline-access = Zachować dostęp, gdy nie korzystasz z aplikacji
scope-offline = Zachować dostęp, gdy nie korzystasz z aplikacji
scope-phone = Widzieć twój numer telefonu
scope-address = Widzieć twój adres pocztowy
scope-other = Korzystać z uprawnienia „{ $scope }”
logout-app-title = Wylogować się z aplikacji { $app }?
logout-app-intro = Nastąpi też wylogowanie z konta na tym urządzeniu.
logout-app-accept = Tak, wyloguj mnie
logout-app-reject = Nie, nie wylogowuj mnie
apps-title = Aplikacje z dostępem
apps-intro = Te aplikacje mogą korzystać z twojego konta za twoją zgodą. Jeśli odbierzesz aplikacji dostęp, będzie musiała poprosić o niego ponownie.
apps-link = Zobacz aplikacje z dostępem
apps-none = Żadna aplikacja nie ma dostępu do twojego konta.
apps-may = Może:
apps-since = Dostęp przyznany { $date }
apps-remove = Odbierz dostęp aplikacji { $app }
notice-app-access-removed = Dostęp aplikacji został odebrany.
problem-app-request-gone-title = To żądanie aplikacji jest już nieważne
problem-app-request-gone-text = Żądanie aplikacji jest nieznane, zostało już obsłużone albo wygasło. Wróć do aplikacji i zacznij od nowa.
problem-other-account-title = Zalogowano na inne konto
problem-other-account-text = Aplikacja pytała o inne konto niż to, które jest tu zalogowane. Wyloguj się, a potem zacznij od nowa w aplikacji.
error-app-denied-title = Aplikacja nie otrzymała dostępu
error-app-denied-text = Odmówiono dostępu, więc aplikacja nie może korzystać z twojego konta. Jeśli chcesz spróbować ponownie, wróć do aplikacji.
error-app-request-expired-title = Żądanie aplikacji wygasło
error-app-request-expired-text = Żądanie logowania z aplikacji jest zbyt stare lub zostało już użyte. Wróć do aplikacji i zacznij od nowa.
error-app-unavailable-title = Logowanie do aplikacji jest teraz niemożliwe
error-app-unavailable-text = W usłudze logowania dla aplikacji wystąpił problem. Spróbuj ponownie za chwilę.
error-app-invalid-title = Nie można obsłużyć żądania aplikacji
error-app-invalid-text = Aplikacja wysłała żądanie, którego usługa logowania nie może przyjąć. To problem po stronie aplikacji – zgłoś go jej twórcom.
login-as = Logowanie jako { $identifier }.
login-use-another-account = Użyj innego konta
problem-registration-off-title = Rejestracja nie jest tu dostępna
problem-registration-off-text = W tym serwisie nie można tworzyć nowych kont. Jeśli masz już konto, zaloguj się, a jeśli nie – zwróć się do osób, które prowadzą ten serwis.
problem-recovery-off-title = Odzyskiwanie konta nie jest tu dostępne
problem-recovery-off-text = Ten serwis nie umożliwia odzyskiwania kont przez e-mail. Zaloguj się inną skonfigurowaną metodą albo poproś o pomoc osoby, które prowadzą ten serwis.
login-without-linking = Zaloguj się bez łączenia kont
login-verify-address = Zweryfikuj teraz adres { $address }
login-verify-your-address = Zweryfikuj teraz adres e-mail

## Dates, as the UI writes them (for example when an app was allowed). $year arrives as the
## digits of the reader's script, $day as a number (shown in those digits too; select on it for
## a form of its own, as French does for the first); $month is the month-N entry, in the form
## the date needs.

date = { $day } { $month } { $year } r.
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia
