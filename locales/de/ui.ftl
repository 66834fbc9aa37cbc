# kratos-htmx-ui: die eigenen Texte der Oberfläche, auf Deutsch.
# Die Meldungen von Kratos stehen in kratos.ftl. Jede Kennung hier steht auch in der ui.ftl
# jeder anderen Sprache (ein Unit-Test prüft das). Platzhalter werden { $name } geschrieben.

## Seitenrahmen

skip-link = Zum Hauptinhalt springen
sign-out = Abmelden
sign-out-instead = Stattdessen abmelden
language-label = Sprache
language-submit = Sprache wechseln
page-title = { $title } – { $product }

## Anmelden, Registrieren, Wiederherstellen, Bestätigen, Abmelden

login-title = Anmelden
login-intro = Melden Sie sich an, um Ihr Konto zu verwalten.
reauth-title = Bestätigen Sie, dass Sie es sind
reauth-intro = Geben Sie zu Ihrer Sicherheit Ihr Passwort erneut ein, bevor diese Änderung vorgenommen wird.
second-factor-title = Zweiter Schritt
second-factor-intro = Ihr Konto ist durch einen zweiten Schritt geschützt. Bestätigen Sie ihn, um fortzufahren.
link-create-account = Konto erstellen
link-forgot-password = Passwort vergessen?
registration-title = Konto erstellen
registration-intro = Sagen Sie uns, wie wir Sie erreichen, und wählen Sie dann, wie Sie sich anmelden möchten.
link-have-account = Sie haben schon ein Konto? Anmelden
recovery-title = Konto wiederherstellen
recovery-intro = Geben Sie Ihre E-Mail-Adresse ein. Gehört sie zu einem Konto, senden wir ihr einen Code zum Anmelden, damit Sie ein neues Passwort festlegen können.
link-back-to-sign-in = Zurück zur Anmeldung
verification-title = E-Mail-Adresse bestätigen
verification-intro = Geben Sie den Code ein, den wir an Ihre E-Mail-Adresse gesendet haben. Kein Code angekommen? Geben Sie Ihre Adresse ein, um einen neuen zu erhalten.
link-go-to-account = Zu Ihrem Konto
logout-title = Abmelden
logout-intro = Möchten Sie sich auf diesem Gerät von Ihrem Konto abmelden?

## Meldungen und Felder

error-prefix = Fehler:
error-summary-title = Es gibt ein Problem
needs-javascript = „{ $label }“ benötigt JavaScript, das in diesem Browser ausgeschaltet ist. Alles andere auf dieser Seite funktioniert auch ohne.
copy = Kopieren
copied = Kopiert
download-as-text = Als Textdatei herunterladen
copy-failed = Kopieren fehlgeschlagen: Markieren Sie den Text stattdessen
network-error = Ihre Änderungen konnten nicht gesendet werden: Die Verbindung ist fehlgeschlagen. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.
webauthn-unavailable = Sicherheitsschlüssel und Passkeys sind in diesem Browser nicht verfügbar, oder das Skript des Kontodienstes konnte nicht geladen werden.

## Einstellungen

settings-title = Kontoeinstellungen
sessions-link = Sehen, wo Sie angemeldet sind
category-profile-title = Ihr Profil
category-profile-intro = Die Angaben, die Ihr Konto über Sie enthält.
category-sign-in-title = Anmeldemethoden
category-sign-in-intro = Die Wege, auf denen Sie sich bei Ihrem Konto anmelden können.
category-two-factor-title = Zwei-Faktor-Authentifizierung
category-two-factor-intro = Ein zweiter Schritt nach dem Passwort schützt Ihr Konto, selbst wenn das Passwort bekannt wird.
category-other-title = Weitere Einstellungen
category-other-intro = Weitere Einstellungen Ihres Kontodienstes.
section-profile-title = Persönliche Angaben
section-profile-intro = Ihr Name und wie wir Sie erreichen.
section-password-title = Passwort
section-password-intro = Wählen Sie ein neues Passwort mit mindestens 8 Zeichen. Damit und mit Ihrer E-Mail-Adresse melden Sie sich an.
section-oidc-title = Verknüpfte Konten
section-oidc-intro = Melden Sie sich mit einem Konto an, das Sie bereits anderswo haben.
section-totp-title = Authenticator-App
section-totp-intro = Nutzen Sie beim Anmelden einen Code aus einer App auf Ihrem Telefon als zweiten Schritt.
section-lookup_secret-title = Backup-Codes
section-lookup_secret-intro = Einmal-Codes für den Fall, dass Sie Ihren anderen zweiten Schritt nicht nutzen können. Neue Codes gelten erst, wenn Sie sie bestätigen.
section-webauthn-title = Sicherheitsschlüssel
section-webauthn-intro = Nutzen Sie beim Anmelden einen Hardware-Schlüssel oder Ihr Gerät als zweiten Schritt.
section-passkey-title = Passkeys
section-passkey-intro = Melden Sie sich ohne Passwort mit Ihrem Gerät an.
section-other-intro = Weitere Einstellungen Ihres Kontodienstes.
verification-sent = Wir haben einen Bestätigungscode an { $address } gesendet.
verification-sent-unknown = Wir haben einen Bestätigungscode an Ihre Adresse gesendet.
verification-enter-code = Code eingeben und Adresse bestätigen
unverified-address = { $address } ist noch nicht bestätigt.
verify-it = Jetzt bestätigen

## Sitzungen

sessions-title = Wo Sie angemeldet sind
sessions-intro = Wenn Sie ein Gerät nicht kennen, melden Sie es ab und ändern Sie Ihr Passwort.
this-device = Dieses Gerät
sign-device-out = Dieses Gerät abmelden
no-other-sessions = Sie sind nirgendwo sonst angemeldet.
sign-out-others = Alle anderen Geräte abmelden
back-to-settings = Zurück zu Ihren Kontoeinstellungen
signed-in-when = Angemeldet { $when }
signed-in-from = von { $address }
browser-on-system = { $browser } unter { $system }
program-on-system = Ein Programm unter { $system }
unknown-program = Ein unbekanntes Programm
unknown-device = Ein unbekanntes Gerät
just-now = gerade eben
minutes-ago = { $count ->
    [one] vor 1 Minute
   *[other] vor { $count } Minuten
}
hours-ago = { $count ->
    [one] vor 1 Stunde
   *[other] vor { $count } Stunden
}
days-ago = { $count ->
    [one] vor 1 Tag
   *[other] vor { $count } Tagen
}

## Hinweise über eine Weiterleitung hinweg

notice-flow-expired = Ihr Formular ist abgelaufen, bevor es gesendet wurde, daher haben wir ein neues begonnen. Es wurde nichts geändert: Bitte geben Sie Ihre Änderungen erneut ein.
notice-flow-restarted = Dieses Formular konnte nicht mehr verwendet werden, daher haben wir ein neues begonnen. Es wurde nichts geändert.
notice-session-revoked = Dieses Gerät wurde abgemeldet.
notice-other-sessions-revoked = Alle anderen Geräte wurden abgemeldet.
notice-refused = Ihre Anfrage wurde vom Kontodienst abgelehnt.

## Probleme auf unserer Seite

try-again = Erneut versuchen
problem-unavailable-title = Der Kontodienst ist nicht erreichbar
problem-unavailable-text = Wir konnten den Dienst, der die Konten verwaltet, nicht erreichen. Bitte versuchen Sie es gleich noch einmal.
problem-malformed-flow-title = Dieser Link ist ungültig
problem-malformed-flow-text = Die Adresse dieser Seite ist unvollständig oder beschädigt. Beginnen Sie erneut bei Ihren Kontoeinstellungen.
problem-flow-not-found-title = Dieses Formular gibt es nicht mehr
problem-flow-not-found-text = Das geöffnete Formular ist unbekannt oder wurde entfernt. Beginnen Sie erneut, um ein neues zu erhalten.
problem-page-not-found-title = Seite nicht gefunden
problem-page-not-found-text = Unter dieser Adresse gibt es keine Seite. Prüfen Sie die Adresse oder gehen Sie zu Ihrem Konto.
problem-cross-site-title = Diese Anfrage kam von einer anderen Website
problem-cross-site-text = Zu Ihrem Schutz können Änderungen nur über die Seiten dieser Website vorgenommen werden. Es wurde nichts geändert.
problem-bad-request-title = Diese Anfrage konnte nicht bearbeitet werden
problem-not-a-session = Das ist keine Sitzung.
problem-session-not-revocable = Diese Sitzung kann hier nicht abgemeldet werden.
problem-no-error = Es gibt keinen Fehler anzuzeigen.
problem-not-form-data = Formulare müssen als Formulardaten gesendet werden.
problem-too-large = Die Anfrage war zu groß.
problem-too-slow = Die Anfrage kam zu langsam an. Bitte versuchen Sie es erneut.
problem-headers-too-large = Die Anfrage enthielt zu viele Kopfdaten, meist zu viele oder zu große Cookies für diese Website. Es hilft, die Cookies dieser Website in den Browsereinstellungen zu löschen.
problem-method-not-allowed = Diese Adresse nimmt diese Art von Anfrage nicht an.
problem-unreadable = Die Anfrage konnte nicht gelesen werden.
problem-unknown-language = Diese Sprache wird nicht angeboten.

## Fehler von Kratos, erklärt

error-detail-label = Was der Kontodienst gemeldet hat:
error-code = Fehler { $code }
error-code-with-id = Fehler { $code } ({ $id })
error-csrf-title = Ihre Anfrage konnte nicht überprüft werden
error-csrf-text = Zu Ihrem Schutz wurde die Anfrage abgelehnt: Ihr Sicherheitstoken (die CSRF-Prüfung) passte nicht zu diesem Browser. Das passiert, wenn Cookies blockiert sind, wenn das Formular in einem anderen Browser oder Tab geöffnet wurde, in dem Sie sich seither angemeldet haben, oder nach einer erneuten Anmeldung. Bitte beginnen Sie erneut.
error-return-to-title = Diese Rücksprungadresse ist nicht erlaubt
error-return-to-text = Der Link wollte Sie danach zu einer Adresse schicken, der dieser Dienst nicht vertraut. Öffnen Sie Ihr Konto über den Dienst, von dem Sie kamen, oder beginnen Sie hier erneut.
error-identity-mismatch-title = Dieses Formular gehört zu einem anderen Konto
error-identity-mismatch-text = Das verwendete Formular wurde von einem anderen Konto begonnen als dem, das jetzt angemeldet ist. Beginnen Sie erneut, um ein Formular für Ihr Konto zu erhalten.
error-already-signed-in-title = Sie sind bereits angemeldet
error-already-signed-in-text = Sie müssen sich nicht erneut anmelden. Fahren Sie mit Ihrem Konto fort.
error-aal1-required-title = Bitte melden Sie sich zuerst an
error-aal1-required-text = Ein zweiter Schritt kann erst nach der Anmeldung bestätigt werden. Melden Sie sich an und fahren Sie dann fort.
error-inactive-title = Sie sind nicht angemeldet
error-inactive-text = Ihre Sitzung ist beendet oder Sie haben sich noch nicht angemeldet. Melden Sie sich an und versuchen Sie es dann erneut.
error-aal2-required-title = Ein zweiter Schritt ist nötig
error-aal2-required-text = Ihr Konto ist durch einen zweiten Schritt geschützt. Melden Sie sich erneut an und bestätigen Sie ihn, um fortzufahren.
error-aal-fulfilled-title = Sie haben den zweiten Schritt bereits bestätigt
error-aal-fulfilled-text = Es gibt nichts mehr zu bestätigen. Fahren Sie mit Ihrem Konto fort.
error-refresh-required-title = Bitte bestätigen Sie, dass Sie es sind
error-refresh-required-text = Für diese Änderung müssen Sie sich vor kurzem angemeldet haben. Melden Sie sich erneut an und wiederholen Sie die Änderung.
error-verified-address-title = Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse
error-verified-address-text = Dafür ist eine bestätigte E-Mail-Adresse nötig. Bestätigen Sie Ihre Adresse und versuchen Sie es dann erneut.
error-flow-replaced-title = Dieses Formular wurde ersetzt
error-flow-replaced-text = Ein neueres Formular hat dieses ersetzt, zum Beispiel in einem anderen Tab. Beginnen Sie erneut.
error-flow-disabled-title = Diese Funktion ist ausgeschaltet
error-flow-disabled-text = Der Kontodienst bietet das nicht an. Wenn Sie meinen, dass er es sollte, wenden Sie sich an die Verantwortlichen des Dienstes.
error-location-change-title = Ihr Browser muss eine andere Seite öffnen
error-location-change-text = Dieser Schritt geht auf einer anderen Seite weiter, etwa bei Ihrem Anmeldeanbieter. Beginnen Sie erneut bei Ihrem Konto.
error-flow-expired-title = Dieses Formular ist abgelaufen
error-flow-expired-text = Das Formular war zu lange geöffnet. Beginnen Sie erneut, um ein neues zu erhalten.
error-unknown-title = Etwas ist schiefgelaufen
error-unknown-text = Der Kontodienst konnte Ihre Anfrage nicht abschließen. Bitte beginnen Sie erneut.

## Titel der Merkmale aus dem Identitätsschema. Ein Eintrag gilt nur, solange der Titel im
## Schema noch sein .source-Text ist; ein geändertes Schema zeigt nie eine veraltete Übersetzung.

trait-email = E-Mail-Adresse
    .source = Email address
trait-name = Vollständiger Name
    .source = Full name
trait-phone = Telefonnummer
    .source = Phone number
trait-website = Website
    .source = Website
trait-age = Alter
    .source = Age
trait-newsletter = Newsletter zusenden
    .source = Send me the newsletter

## Galerie (nur in der Entwicklung)

gallery-title = Galerie aller Zustände
gallery-intro = Jeder Zustand jedes Ablaufs, aufgezeichnet von einem echten Kratos und mit demselben Renderer gezeichnet wie die echten Seiten. Die Formulare hier tun nichts.
gallery-contents = Inhalt
gallery-drawn-by = Gezeichnet von
gallery-show-where = Jeden Teil mit der View beschriften, die ihn zeichnet
gallery-hide-where = Beschriftungen ausblenden

## Apps, die Personen über Ory Hydra anmelden (OAuth2 und OpenID Connect)

login-intro-app = Melden Sie sich an, um zu { $app } weiterzugehen.
reauth-intro-app = Bestätigen Sie, dass Sie es sind, um zu { $app } weiterzugehen.
registration-intro-app = Legen Sie Ihr Konto an, um zu { $app } weiterzugehen.
consent-title = Darf { $app } Ihr Konto verwenden?
consent-intro = { $app } möchte Ihr Konto { $account } verwenden. Wählen Sie, was die App sehen und tun darf; Sie können ihr den Zugriff jederzeit wieder entziehen.
consent-scopes-legend = { $app } möchte
consent-remember = Meine Entscheidung für diese App merken
consent-policy = Datenschutzerklärung von { $app }
consent-terms = Nutzungsbedingungen von { $app }
consent-accept = Erlauben
consent-reject = Ablehnen
scope-openid = wissen, wer Sie sind (die Kennung Ihres Kontos)
scope-email = Ihre E-Mail-Adresse sehen
scope-profile = Ihren Namen und Ihre Website sehen
scope-offline-access = verbunden bleiben, während Sie nicht da sind
scope-offline = verbunden bleiben, während Sie nicht da sind
scope-phone = Ihre Telefonnummer sehen
scope-address = Ihre Postanschrift sehen
scope-other = „{ $scope }“ verwenden
logout-app-title = Von { $app } abmelden?
logout-app-intro = Sie werden dabei auch auf diesem Gerät von Ihrem Konto abgemeldet.
logout-app-accept = Ja, abmelden
logout-app-reject = Nein, angemeldet bleiben
apps-title = Apps mit Zugriff
apps-intro = Diese Apps dürfen Ihr Konto verwenden, weil Sie es ihnen erlaubt haben. Entziehen Sie einer App den Zugriff, muss sie erneut fragen.
apps-link = Apps mit Zugriff ansehen
apps-none = Keine App hat Zugriff auf Ihr Konto.
apps-may = Sie darf:
apps-since = Erlaubt am { $date }
apps-remove = { $app } den Zugriff entziehen
notice-app-access-removed = Der Zugriff der App wurde entzogen.
problem-app-request-gone-title = Diese Anfrage einer App gilt nicht mehr
problem-app-request-gone-text = Die Anfrage der App ist unbekannt, wurde schon beantwortet oder ist abgelaufen. Gehen Sie zurück zur App und beginnen Sie erneut.
problem-other-account-title = Sie sind mit einem anderen Konto angemeldet
problem-other-account-text = Die App hat nach einem anderen Konto gefragt als dem, mit dem Sie hier angemeldet sind. Melden Sie sich ab und beginnen Sie in der App erneut.
error-app-denied-title = Die App hat keinen Zugriff erhalten
error-app-denied-text = Der Zugriff wurde abgelehnt, daher kann die App Ihr Konto nicht verwenden. Gehen Sie zurück zur App, wenn Sie es erneut versuchen möchten.
error-app-request-expired-title = Die Anfrage der App ist abgelaufen
error-app-request-expired-text = Die Anmeldeanfrage der App ist zu alt oder wurde schon verwendet. Gehen Sie zurück zur App und beginnen Sie erneut.
error-app-unavailable-title = Die Anmeldung bei der App ist gerade nicht möglich
error-app-unavailable-text = Der Anmeldedienst für Apps hatte ein Problem. Bitte versuchen Sie es gleich noch einmal.
error-app-invalid-title = Die Anfrage der App kann nicht bearbeitet werden
error-app-invalid-text = Die App hat eine Anfrage gesendet, die der Anmeldedienst nicht annehmen kann. Das ist ein Fehler der App: Bitte sagen Sie es den Menschen, die sie entwickeln.
login-as = Anmeldung als { $identifier }.
login-use-another-account = Anderes Konto verwenden
problem-registration-off-title = Registrieren ist hier nicht möglich
problem-registration-off-text = Bei diesem Dienst können keine neuen Konten angelegt werden. Wenn Sie schon ein Konto haben, melden Sie sich an; sonst wenden Sie sich an die Betreiber dieses Dienstes.
problem-recovery-off-title = Kontowiederherstellung ist hier nicht möglich
problem-recovery-off-text = Dieser Dienst stellt Konten nicht per E-Mail wieder her. Melden Sie sich mit einer anderen eingerichteten Methode an, oder bitten Sie die Betreiber dieses Dienstes um Hilfe.
login-without-linking = Ohne Hinzufügen anmelden
login-verify-address = { $address } jetzt bestätigen
login-verify-your-address = E-Mail-Adresse jetzt bestätigen

## Datumsangaben (etwa wann eine App zugelassen wurde). $day und $year kommen als Ziffern der
## Schrift des Lesers; $month ist der Eintrag month-N in der Form, die das Datum braucht.

date = { $day }. { $month } { $year }
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
