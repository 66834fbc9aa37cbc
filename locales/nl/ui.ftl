# kratos-htmx-ui: de eigen teksten van de interface, in het Nederlands (aanspreekvorm: je/jouw).
# De meldingen van Kratos staan in kratos.ftl. Elke id hier moet ook in de ui.ftl van elke
# andere taal staan (een unittest controleert dat). Placeholders worden { $name } geschreven.
# Aanhalingstekens: “ ”. Vaste termen: inloggen, uitloggen, registreren / account maken,
# wachtwoord, toegangssleutel (passkey), beveiligingssleutel, authenticator-app, back-upcodes,
# herstel(code), verificatiecode, apparaat, sessie, app, tweestapsverificatie, accountsysteem.

## Layout

skip-link = Naar de hoofdinhoud
sign-out = Uitloggen
sign-out-instead = In plaats daarvan uitloggen
language-label = Taal
language-submit = Taal wijzigen
page-title = { $title } – { $product }

## Sign-in, sign-up, recovery, verification, sign-out

login-title = Inloggen
login-intro = Log in om je account te beheren.
reauth-title = Bevestig dat jij het bent
reauth-intro = Voer voor je veiligheid je wachtwoord opnieuw in voordat deze wijziging wordt doorgevoerd.
second-factor-title = Tweede stap
second-factor-intro = Je account is beveiligd met een tweede stap. Bevestig deze stap om door te gaan.
link-create-account = Account maken
link-forgot-password = Wachtwoord vergeten?
registration-title = Account maken
registration-intro = Laat ons weten hoe we je kunnen bereiken en kies daarna hoe je wilt inloggen.
link-have-account = Heb je al een account? Log in
recovery-title = Je account herstellen
recovery-intro = Voer je e-mailadres in. Hoort het bij een account, dan sturen we naar dat adres een code waarmee je inlogt om een nieuw wachtwoord in te stellen.
link-back-to-sign-in = Terug naar inloggen
verification-title = Je e-mailadres verifiëren
verification-intro = Voer de code in die we naar je e-mailadres hebben gestuurd. Geen code ontvangen? Voer je adres in om een nieuwe code te krijgen.
link-go-to-account = Naar je account
logout-title = Uitloggen
logout-intro = Wil je op dit apparaat uitloggen bij je account?

## Messages and fields

error-prefix = Fout:
error-summary-title = Er is een probleem
needs-javascript = “{ $label }” heeft JavaScript nodig, maar dat staat uit in deze browser. De rest van deze pagina werkt ook zonder.
copy = Kopiëren
copied = Gekopieerd
download-as-text = Downloaden als tekstbestand
copy-failed = Kopiëren mislukt: selecteer de tekst zelf
network-error = Je wijzigingen konden niet worden verzonden, want de verbinding is mislukt. Controleer je verbinding en probeer het opnieuw.
webauthn-unavailable = Beveiligingssleutels en toegangssleutels zijn niet beschikbaar in deze browser, of het script van het accountsysteem kon niet worden geladen.

## Settings

settings-title = Accountinstellingen
sessions-link = Bekijk waar je bent ingelogd
category-profile-title = Je profiel
category-profile-intro = De gegevens over jou die in je account staan.
category-sign-in-title = Inlogmethoden
category-sign-in-intro = De manieren waarop je kunt inloggen op je account.
category-two-factor-title = Tweestapsverificatie
category-two-factor-intro = Met een tweede stap na je wachtwoord blijft je account veilig, ook als je wachtwoord uitlekt.
category-other-title = Meer instellingen
category-other-intro = Overige instellingen van het accountsysteem.
section-profile-title = Persoonlijke gegevens
section-profile-intro = Je naam en hoe we je kunnen bereiken.
section-password-title = Wachtwoord
section-password-intro = Kies een nieuw wachtwoord van minstens 8 tekens. Je logt ermee in samen met je e-mailadres.
section-oidc-title = Gekoppelde accounts
section-oidc-intro = Log in met een account dat je al ergens anders hebt.
section-totp-title = Authenticator-app
section-totp-intro = Gebruik een code uit een app op je telefoon als tweede stap bij het inloggen.
section-lookup_secret-title = Back-upcodes
section-lookup_secret-intro = Eenmalige codes voor als je je andere tweede stap niet kunt gebruiken. Nieuwe codes gelden pas als je ze hebt bevestigd.
section-webauthn-title = Beveiligingssleutels
section-webauthn-intro = Gebruik een hardwaresleutel of je apparaat als tweede stap bij het inloggen.
section-passkey-title = Toegangssleutels
section-passkey-intro = Log zonder wachtwoord in met je apparaat.
section-other-intro = Meer instellingen van het accountsysteem.
verification-sent = We hebben een verificatiecode naar { $address } gestuurd.
verification-sent-unknown = We hebben een verificatiecode naar je adres gestuurd.
verification-enter-code = Voer de code in om het adres te verifiëren
unverified-address = { $address } is nog niet geverifieerd.
verify-it = Nu verifiëren

## Sessions

sessions-title = Waar je bent ingelogd
sessions-intro = Herken je een apparaat niet? Log het uit en wijzig je wachtwoord.
this-device = Dit apparaat
sign-device-out = Dit apparaat uitloggen
no-other-sessions = Je bent nergens anders ingelogd.
sign-out-others = Alle andere apparaten uitloggen
back-to-settings = Terug naar je accountinstellingen
signed-in-when = Ingelogd: { $when }
signed-in-from = vanaf { $address }
browser-on-system = { $browser } op { $system }
program-on-system = Een programma op { $system }
unknown-program = Een onbekend programma
unknown-device = Een onbekend apparaat
just-now = zojuist
minutes-ago = { $count ->
    [one] { $count } minuut geleden
   *[other] { $count } minuten geleden
}
hours-ago = { $count } uur geleden
days-ago = { $count ->
    [one] { $count } dag geleden
   *[other] { $count } dagen geleden
}

## Notices carried across a redirect

notice-flow-expired = Je formulier was verlopen voordat het werd verzonden, dus we hebben een nieuw formulier geopend. Er is niets gewijzigd: voer je wijzigingen opnieuw in.
notice-flow-restarted = Dat formulier kon niet meer worden gebruikt, dus we hebben een nieuw formulier geopend. Er is niets gewijzigd.
notice-session-revoked = Dat apparaat is uitgelogd.
notice-other-sessions-revoked = Alle andere apparaten zijn uitgelogd.
notice-refused = Het accountsysteem heeft je verzoek geweigerd.

## Problems on our side of the line

try-again = Opnieuw proberen
problem-unavailable-title = Het accountsysteem is niet beschikbaar
problem-unavailable-text = We konden het systeem dat de accounts beheert niet bereiken. Probeer het zo opnieuw.
problem-malformed-flow-title = Deze link is ongeldig
problem-malformed-flow-text = Het adres van deze pagina is onvolledig of beschadigd. Begin opnieuw vanuit je accountinstellingen.
problem-flow-not-found-title = Dit formulier bestaat niet meer
problem-flow-not-found-text = Het formulier dat je hebt geopend, is onbekend of verwijderd. Begin opnieuw om een nieuw formulier te krijgen.
problem-page-not-found-title = Pagina niet gevonden
problem-page-not-found-text = Op dit adres staat geen pagina. Controleer het adres of ga naar je account.
problem-cross-site-title = Dit verzoek kwam van een andere website
problem-cross-site-text = Voor je bescherming kun je alleen wijzigingen aanbrengen via de pagina's van deze website zelf. Er is niets gewijzigd.
problem-bad-request-title = Dit verzoek kon niet worden verwerkt
problem-not-a-session = Dat is geen sessie.
problem-session-not-revocable = Die sessie kan hier niet worden beëindigd.
problem-no-error = Er is geen fout om te tonen.
problem-not-form-data = Formulieren moeten als formuliergegevens worden verzonden.
problem-too-large = Het verzoek was te groot.
problem-too-slow = Het duurde te lang voordat het verzoek binnenkwam. Probeer het opnieuw.
problem-headers-too-large = Het verzoek bevatte te veel headergegevens, meestal doordat deze website te veel of te grote cookies heeft. Verwijder de cookies van deze website in je browserinstellingen om dit op te lossen.
problem-method-not-allowed = Dit adres accepteert dit soort verzoek niet.
problem-unreadable = Het verzoek kon niet worden gelezen.
problem-unknown-language = Deze taal wordt niet aangeboden.

## Kratos errors, explained

error-detail-label = Melding van het accountsysteem:
error-code = Fout { $code }
error-code-with-id = Fout { $code } ({ $id })
error-csrf-title = Je verzoek kon niet worden gecontroleerd
error-csrf-text = Voor je bescherming is het verzoek geweigerd: het beveiligingstoken (de CSRF-controle) kwam niet overeen met deze browser. Dat gebeurt als cookies worden geblokkeerd, als het formulier is geopend in een andere browser of een ander tabblad waarin je inmiddels bent ingelogd, of nadat je opnieuw bent ingelogd. Begin opnieuw.
error-return-to-title = Dat terugkeeradres is niet toegestaan
error-return-to-text = De link wilde je na afloop doorsturen naar een adres dat deze dienst niet vertrouwt. Open je account vanuit de dienst waar je vandaan kwam, of begin hier opnieuw.
error-identity-mismatch-title = Dit formulier hoort bij een ander account
error-identity-mismatch-text = Het formulier dat je hebt gebruikt, is gestart door een ander account dan het account waarmee je nu bent ingelogd. Begin opnieuw om een formulier voor jouw account te krijgen.
error-already-signed-in-title = Je bent al ingelogd
error-already-signed-in-text = Je hoeft niet opnieuw in te loggen. Ga verder naar je account.
error-aal1-required-title = Log eerst in
error-aal1-required-text = Een tweede stap kun je pas bevestigen nadat je bent ingelogd. Log in en ga dan verder.
error-inactive-title = Je bent niet ingelogd
error-inactive-text = Je sessie is beëindigd of je bent nog niet ingelogd. Log in en probeer het dan opnieuw.
error-aal2-required-title = Er is een tweede stap nodig
error-aal2-required-text = Je account is beveiligd met een tweede stap. Log opnieuw in en bevestig die stap om door te gaan.
error-aal-fulfilled-title = Je hebt de tweede stap al bevestigd
error-aal-fulfilled-text = Er valt niets meer te bevestigen. Ga verder naar je account.
error-refresh-required-title = Bevestig dat jij het bent
error-refresh-required-text = Voor deze wijziging moet je kortgeleden zijn ingelogd. Log opnieuw in en voer de wijziging dan nog een keer uit.
error-verified-address-title = Verifieer eerst je e-mailadres
error-verified-address-text = Hiervoor is een geverifieerd e-mailadres nodig. Verifieer je adres en probeer het dan opnieuw.
error-flow-replaced-title = Dit formulier is vervangen
error-flow-replaced-text = Dit formulier is vervangen door een nieuwer formulier, bijvoorbeeld in een ander tabblad. Begin opnieuw.
error-flow-disabled-title = Dit is uitgeschakeld
error-flow-disabled-text = Het accountsysteem biedt dit niet aan. Vind je dat dit wel zou moeten, neem dan contact op met de beheerders van deze dienst.
error-location-change-title = Je browser moet naar een andere pagina
error-location-change-text = Deze stap gaat verder op een andere pagina, bijvoorbeeld bij de dienst waarmee je inlogt. Begin opnieuw vanuit je account.
error-flow-expired-title = Dit formulier is verlopen
error-flow-expired-text = Het formulier stond te lang open. Begin opnieuw om een nieuw formulier te krijgen.
error-unknown-title = Er is iets misgegaan
error-unknown-text = Het accountsysteem kon je verzoek niet afronden. Begin opnieuw.

## Trait titles from the identity schema. An entry applies only while the schema's title is
## still its .source text, so a changed schema never shows a stale translation.

trait-email = E-mailadres
    .source = Email address
trait-name = Volledige naam
    .source = Full name
trait-phone = Telefoonnummer
    .source = Phone number
trait-website = Website
    .source = Website
trait-age = Leeftijd
    .source = Age
trait-newsletter = Ik wil de nieuwsbrief ontvangen
    .source = Send me the newsletter

## Gallery (development only)

gallery-title = Galerij van alle toestanden
gallery-intro = Elke toestand van elke flow, vastgelegd met een echte Kratos-server en weergegeven door dezelfde renderer als de echte pagina's. De formulieren hier doen niets.
gallery-contents = Inhoud
gallery-drawn-by = Getekend door
gallery-show-where = Elk deel labelen met de view die het tekent
gallery-hide-where = Labels verbergen

## Apps that sign people in through Ory Hydra (OAuth2 and OpenID Connect)

login-intro-app = Log in om verder te gaan naar { $app }.
reauth-intro-app = Bevestig dat jij het bent om verder te gaan naar { $app }.
registration-intro-app = Maak een account om verder te gaan naar { $app }.
consent-title = Mag { $app } je account gebruiken?
consent-intro = { $app } vraagt om toegang tot je account { $account }. Kies wat de app mag zien en doen. Je kunt de toegang op elk moment weer intrekken.
consent-scopes-legend = { $app } wil:
consent-remember = Mijn keuze voor deze app onthouden
consent-policy = Privacybeleid van { $app }
consent-terms = Voorwaarden van { $app }
consent-accept = Toestaan
consent-reject = Weigeren
scope-openid = Weten wie je bent (je account-ID)
scope-email = Je e-mailadres zien
scope-profile = Je naam en website zien
scope-offline-access = Verbonden blijven, ook als je er niet bent
scope-offline = Verbonden blijven, ook als je er niet bent
scope-phone = Je telefoonnummer zien
scope-address = Je postadres zien
scope-other = “{ $scope }” gebruiken
logout-app-title = Uitloggen bij { $app }?
logout-app-intro = Je wordt dan op dit apparaat ook uitgelogd bij je account.
logout-app-accept = Ja, uitloggen
logout-app-reject = Nee, ingelogd blijven
apps-title = Apps met toegang
apps-intro = Deze apps mogen je account gebruiken omdat je dat hebt toegestaan. Trek je de toegang van een app in, dan moet die app opnieuw toestemming vragen.
apps-link = Bekijk de apps met toegang
apps-none = Er zijn geen apps met toegang tot je account.
apps-may = Deze app mag:
apps-since = Toegestaan op { $date }
apps-remove = Toegang van { $app } intrekken
notice-app-access-removed = De toegang van de app is ingetrokken.
problem-app-request-gone-title = Dit verzoek van een app is niet meer geldig
problem-app-request-gone-text = Het verzoek van de app is onbekend, al beantwoord of verlopen. Ga terug naar de app en begin opnieuw.
problem-other-account-title = Je bent ingelogd met een ander account
problem-other-account-text = De app vroeg naar een ander account dan het account waarmee je hier bent ingelogd. Log uit en begin daarna opnieuw vanuit de app.
error-app-denied-title = De app heeft geen toegang gekregen
error-app-denied-text = De toegang is geweigerd, dus de app kan je account niet gebruiken. Ga terug naar de app als je het opnieuw wilt proberen.
error-app-request-expired-title = Het verzoek van de app is verlopen
error-app-request-expired-text = Het inlogverzoek van de app is te oud of al gebruikt. Ga terug naar de app en begin opnieuw.
error-app-unavailable-title = Inloggen bij de app is nu niet mogelijk
error-app-unavailable-text = Er was een probleem met de inlogdienst voor apps. Probeer het zo opnieuw.
error-app-invalid-title = Het verzoek van de app kan niet worden verwerkt
error-app-invalid-text = De app heeft een verzoek gestuurd dat de inlogdienst niet kan accepteren. Dit is een probleem met de app: laat het de makers van de app weten.
login-as = Je logt in als { $identifier }.
login-use-another-account = Ander account gebruiken
problem-registration-off-title = Registreren is hier niet mogelijk
problem-registration-off-text = Bij deze dienst kunnen geen nieuwe accounts worden gemaakt. Heb je al een account, log dan in. Neem anders contact op met de beheerders van deze dienst.
problem-recovery-off-title = Accountherstel is hier niet mogelijk
problem-recovery-off-text = Deze dienst herstelt geen accounts via e-mail. Log in met een andere methode die je hebt ingesteld, of vraag de beheerders van deze dienst om hulp.
login-without-linking = Inloggen zonder te koppelen
login-verify-address = { $address } nu verifiëren
login-verify-your-address = Je e-mailadres nu verifiëren

## Dates, as the UI writes them (for example when an app was allowed). $year arrives as the
## digits of the reader's script, $day as a number (shown in those digits too; select on it for
## a form of its own, as French does for the first); $month is the month-N entry, in the form
## the date needs.

date = { $day } { $month } { $year }
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
