# kratos-htmx-ui: gränssnittets egna texter, på svenska (tilltal: du).
# Kratos meddelanden finns i kratos.ftl. Varje id här måste också finnas i ui.ftl för
# alla andra språk (ett enhetstest kontrollerar det). Platshållare skrivs { $name }.

## Layout

skip-link = Hoppa till huvudinnehållet
sign-out = Logga ut
sign-out-instead = Logga ut i stället
language-label = Språk
language-submit = Byt språk
page-title = { $title } – { $product }

## Sign-in, sign-up, recovery, verification, sign-out

login-title = Logga in
login-intro = Logga in för att hantera ditt konto.
reauth-title = Bekräfta att det är du
reauth-intro = Av säkerhetsskäl behöver du ange ditt lösenord igen innan ändringen görs.
second-factor-title = Andra steget
second-factor-intro = Ditt konto skyddas av ett andra steg. Bekräfta det för att fortsätta.
link-create-account = Skapa ett konto
link-forgot-password = Glömt lösenordet?
registration-title = Skapa ett konto
registration-intro = Berätta hur vi når dig och välj sedan hur du vill logga in.
link-have-account = Har du redan ett konto? Logga in
recovery-title = Återställ ditt konto
recovery-intro = Ange din e-postadress. Om den hör till ett konto skickar vi en kod dit. Med koden loggar du in och kan sedan välja ett nytt lösenord.
link-back-to-sign-in = Tillbaka till inloggningen
verification-title = Verifiera din e-postadress
verification-intro = Ange koden som vi skickade till din e-postadress. Har du ingen kod? Ange din adress så får du en ny.
link-go-to-account = Gå till ditt konto
logout-title = Logga ut
logout-intro = Vill du logga ut från ditt konto på den här enheten?

## Messages and fields

error-prefix = Fel:
error-summary-title = Något behöver rättas
needs-javascript = ”{ $label }” kräver JavaScript, som är avstängt i den här webbläsaren. Allt annat på sidan fungerar utan det.
copy = Kopiera
copied = Kopierat
download-as-text = Ladda ned som textfil
copy-failed = Det gick inte att kopiera: markera texten i stället
network-error = Dina ändringar kunde inte skickas eftersom anslutningen misslyckades. Kontrollera anslutningen och försök igen.
webauthn-unavailable = Säkerhetsnycklar och lösenordsnycklar är inte tillgängliga i den här webbläsaren, eller så gick det inte att läsa in kontotjänstens skript.

## Settings

settings-title = Kontoinställningar
sessions-link = Se var du är inloggad
category-profile-title = Din profil
category-profile-intro = De uppgifter om dig som finns i ditt konto.
category-sign-in-title = Inloggningsmetoder
category-sign-in-intro = Så kan du logga in på ditt konto.
category-two-factor-title = Tvåstegsverifiering
category-two-factor-intro = Med ett andra steg efter lösenordet är ditt konto skyddat även om lösenordet skulle läcka ut.
category-other-title = Fler inställningar
category-other-intro = Ytterligare inställningar från kontotjänsten.
section-profile-title = Personuppgifter
section-profile-intro = Ditt namn och hur vi kan nå dig.
section-password-title = Lösenord
section-password-intro = Välj ett nytt lösenord på minst 8 tecken. Du loggar in med lösenordet och din e-postadress.
section-oidc-title = Kopplade konton
section-oidc-intro = Logga in med ett konto som du redan har hos en annan tjänst.
section-totp-title = Autentiseringsapp
section-totp-intro = Använd en kod från en app i telefonen som andra steg när du loggar in.
section-lookup_secret-title = Reservkoder
section-lookup_secret-intro = Engångskoder för när du inte kan använda ditt vanliga andra steg. Nya koder gäller först när du har bekräftat dem.
section-webauthn-title = Säkerhetsnycklar
section-webauthn-intro = Använd en fysisk säkerhetsnyckel eller din enhet som andra steg när du loggar in.
section-passkey-title = Lösenordsnycklar
section-passkey-intro = Logga in utan lösenord med hjälp av din enhet.
section-other-intro = Fler inställningar från kontotjänsten.
verification-sent = Vi har skickat en verifieringskod till { $address }.
verification-sent-unknown = Vi har skickat en verifieringskod till din adress.
verification-enter-code = Ange koden för att verifiera adressen
unverified-address = { $address } är inte verifierad än.
verify-it = Verifiera adressen

## Sessions

sessions-title = Enheter där du är inloggad
sessions-intro = Om du inte känner igen en enhet loggar du ut den och byter lösenord.
this-device = Den här enheten
sign-device-out = Logga ut den här enheten
no-other-sessions = Du är inte inloggad någon annanstans.
sign-out-others = Logga ut alla andra enheter
back-to-settings = Tillbaka till kontoinställningarna
signed-in-when = Inloggad { $when }
signed-in-from = från { $address }
browser-on-system = { $browser } på { $system }
program-on-system = Ett program på { $system }
unknown-program = Ett okänt program
unknown-device = En okänd enhet
just-now = alldeles nyss
minutes-ago = { $count ->
    [one] för { $count } minut sedan
   *[other] för { $count } minuter sedan
}
hours-ago = { $count ->
    [one] för { $count } timme sedan
   *[other] för { $count } timmar sedan
}
days-ago = { $count ->
    [one] för { $count } dag sedan
   *[other] för { $count } dagar sedan
}

## Notices carried across a redirect

notice-flow-expired = Formuläret hann gå ut innan det skickades, så vi har öppnat ett nytt. Inget har ändrats. Gör om dina ändringar.
notice-flow-restarted = Formuläret kunde inte användas längre, så vi har öppnat ett nytt. Inget har ändrats.
notice-session-revoked = Enheten har loggats ut.
notice-other-sessions-revoked = Alla andra enheter har loggats ut.
notice-refused = Kontotjänsten avvisade din begäran.

## Problems on our side of the line

try-again = Försök igen
problem-unavailable-title = Kontotjänsten är inte tillgänglig
problem-unavailable-text = Vi kunde inte nå tjänsten som hanterar konton. Försök igen om en stund.
problem-malformed-flow-title = Länken är ogiltig
problem-malformed-flow-text = Adressen till den här sidan är ofullständig eller skadad. Börja om från dina kontoinställningar.
problem-flow-not-found-title = Formuläret finns inte längre
problem-flow-not-found-text = Formuläret du öppnade är okänt eller har tagits bort. Börja om så får du ett nytt.
problem-page-not-found-title = Sidan hittades inte
problem-page-not-found-text = Det finns ingen sida på den här adressen. Kontrollera adressen eller gå till ditt konto.
problem-cross-site-title = Begäran kom från en annan webbplats
problem-cross-site-text = För din säkerhet kan ändringar bara göras från den här webbplatsens egna sidor. Inget har ändrats.
problem-bad-request-title = Begäran kunde inte hanteras
problem-not-a-session = Det här är ingen session.
problem-session-not-revocable = Den sessionen kan inte loggas ut här.
problem-no-error = Det finns inget fel att visa.
problem-not-form-data = Formulär måste skickas som formulärdata.
problem-too-large = Begäran var för stor.
problem-too-slow = Det tog för lång tid för begäran att komma fram. Försök igen.
problem-headers-too-large = Begäran hade för stora HTTP-huvuden, oftast på grund av för många eller för stora cookies från den här webbplatsen. Det brukar hjälpa att radera webbplatsens cookies i webbläsarens inställningar.
problem-method-not-allowed = Den här adressen tar inte emot den här typen av begäran.
problem-unreadable = Begäran kunde inte läsas.
problem-unknown-language = Det här språket är inte tillgängligt.

## Kratos errors, explained

error-detail-label = Meddelande från kontotjänsten:
error-code = Felkod { $code }
error-code-with-id = Felkod { $code } ({ $id })
error-csrf-title = Din begäran kunde inte verifieras
error-csrf-text = För din säkerhet avvisades begäran eftersom säkerhetstoken (CSRF-kontrollen) inte stämde med den här webbläsaren. Det händer om cookies blockeras, om formuläret öppnades i en annan webbläsare eller flik där någon har loggat in sedan dess, eller om du har loggat in igen. Börja om.
error-return-to-title = Returadressen är inte tillåten
error-return-to-text = När du är klar skulle länken skicka dig vidare till en adress som den här tjänsten inte litar på. Öppna ditt konto från tjänsten du kom från, eller börja om här.
error-identity-mismatch-title = Formuläret hör till ett annat konto
error-identity-mismatch-text = Formuläret du använde startades av ett annat konto än det som är inloggat nu. Börja om så får du ett formulär för ditt konto.
error-already-signed-in-title = Du är redan inloggad
error-already-signed-in-text = Du behöver inte logga in igen. Fortsätt till ditt konto.
error-aal1-required-title = Logga in först
error-aal1-required-text = Ett andra steg kan bara bekräftas efter inloggningen. Logga in och fortsätt sedan.
error-inactive-title = Du är inte inloggad
error-inactive-text = Din session har upphört eller så har du inte loggat in än. Logga in och försök sedan igen.
error-aal2-required-title = Ett andra steg krävs
error-aal2-required-text = Ditt konto skyddas av ett andra steg. Logga in igen och bekräfta det för att fortsätta.
error-aal-fulfilled-title = Du har redan bekräftat det andra steget
error-aal-fulfilled-text = Det finns inget mer att bekräfta. Fortsätt till ditt konto.
error-refresh-required-title = Bekräfta att det är du
error-refresh-required-text = För den här ändringen måste du ha loggat in nyligen. Logga in igen och gör sedan om ändringen.
error-verified-address-title = Verifiera din e-postadress först
error-verified-address-text = Det här kräver en verifierad e-postadress. Verifiera din adress och försök sedan igen.
error-flow-replaced-title = Formuläret har ersatts
error-flow-replaced-text = Ett nyare formulär har ersatt det här, till exempel i en annan flik. Börja om.
error-flow-disabled-title = Det här är avstängt
error-flow-disabled-text = Kontotjänsten erbjuder inte det här. Om du tycker att den borde göra det kan du kontakta tjänstens administratörer.
error-location-change-title = Webbläsaren behöver gå till en annan sida
error-location-change-text = Det här steget fortsätter på en annan sida, till exempel hos tjänsten du loggar in med. Börja om från ditt konto.
error-flow-expired-title = Formuläret har gått ut
error-flow-expired-text = Formuläret var öppet för länge. Börja om så får du ett nytt.
error-unknown-title = Något gick fel
error-unknown-text = Kontotjänsten kunde inte slutföra din begäran. Börja om.

## Trait titles from the identity schema. An entry applies only while the schema's title is
## still its .source text, so a changed schema never shows a stale translation.

trait-email = E-postadress
    .source = Email address
trait-name = Fullständigt namn
    .source = Full name
trait-phone = Telefonnummer
    .source = Phone number
trait-website = Webbplats
    .source = Website
trait-age = Ålder
    .source = Age
trait-newsletter = Skicka nyhetsbrevet till mig
    .source = Send me the newsletter

## Gallery (development only)

gallery-title = Galleri med alla lägen
gallery-intro = Alla lägen i flödena, hämtade från en riktig Kratos-instans och ritade av samma renderare som de skarpa sidorna. Formulären här gör ingenting.
gallery-contents = Innehåll
gallery-drawn-by = Ritad av
gallery-show-where = Märk varje del med vyn som ritar den
gallery-hide-where = Dölj etiketterna

## Apps that sign people in through Ory Hydra (OAuth2 and OpenID Connect)

login-intro-app = Logga in för att fortsätta till { $app }.
reauth-intro-app = Bekräfta att det är du för att fortsätta till { $app }.
registration-intro-app = Skapa ditt konto för att fortsätta till { $app }.
consent-title = Vill du låta { $app } använda ditt konto?
consent-intro = { $app } vill använda ditt konto { $account }. Välj vad appen får se och göra. Du kan när som helst ta bort appens åtkomst.
consent-scopes-legend = { $app } vill
consent-remember = Kom ihåg mitt val för den här appen
consent-policy = Integritetspolicy för { $app }
consent-terms = Användarvillkor för { $app }
consent-accept = Tillåt
consent-reject = Neka
scope-openid = Veta vem du är (ditt konto-id)
scope-email = Se din e-postadress
scope-profile = Se ditt namn och din webbplats
scope-offline-access = Förbli ansluten även när du inte är aktiv
scope-offline = Förbli ansluten även när du inte är aktiv
scope-phone = Se ditt telefonnummer
scope-address = Se din postadress
scope-other = Använda ”{ $scope }”
logout-app-title = Logga ut från { $app }?
logout-app-intro = Du loggas också ut från ditt konto på den här enheten.
logout-app-accept = Ja, logga ut
logout-app-reject = Nej, förbli inloggad
apps-title = Appar med åtkomst
apps-intro = De här apparna får använda ditt konto eftersom du har tillåtit det. Om du tar bort en apps åtkomst måste appen fråga igen.
apps-link = Se appar med åtkomst
apps-none = Ingen app har åtkomst till ditt konto.
apps-may = Appen får:
apps-since = Tillåten den { $date }
apps-remove = Ta bort åtkomsten för { $app }
notice-app-access-removed = Appens åtkomst har tagits bort.
problem-app-request-gone-title = Appens begäran är inte längre giltig
problem-app-request-gone-text = Appens begäran är okänd, har redan besvarats eller har gått ut. Gå tillbaka till appen och börja om.
problem-other-account-title = Du är inloggad med ett annat konto
problem-other-account-text = Appen frågade efter ett annat konto än det som är inloggat här. Logga ut och börja sedan om från appen.
error-app-denied-title = Appen fick inte åtkomst
error-app-denied-text = Åtkomsten nekades, så appen kan inte använda ditt konto. Gå tillbaka till appen om du vill försöka igen.
error-app-request-expired-title = Appens begäran har gått ut
error-app-request-expired-text = Appens inloggningsbegäran är för gammal eller har redan använts. Gå tillbaka till appen och börja om.
error-app-unavailable-title = Det går inte att logga in i appen just nu
error-app-unavailable-text = Inloggningstjänsten för appar fick ett problem. Försök igen om en stund.
error-app-invalid-title = Appens begäran kan inte hanteras
error-app-invalid-text = Appen skickade en begäran som inloggningstjänsten inte kan ta emot. Felet ligger hos appen: meddela dem som utvecklar den.
login-as = Loggar in som { $identifier }.
login-use-another-account = Använd ett annat konto
problem-registration-off-title = Det går inte att skapa konto här
problem-registration-off-text = Det går inte att skapa nya konton i den här tjänsten. Om du redan har ett konto kan du logga in. Annars kan du fråga dem som driver tjänsten.
problem-recovery-off-title = Kontoåterställning erbjuds inte här
problem-recovery-off-text = Den här tjänsten återställer inte konton via e-post. Logga in med en annan metod som du har lagt till, eller be dem som driver tjänsten om hjälp.
login-without-linking = Logga in utan att koppla kontot
login-verify-address = Verifiera { $address } nu
login-verify-your-address = Verifiera din e-postadress nu

## Dates, as the UI writes them (for example when an app was allowed). $year arrives as the
## digits of the reader's script, $day as a number (shown in those digits too; select on it for
## a form of its own, as French does for the first); $month is the month-N entry, in the form
## the date needs.

date = { $day } { $month } { $year }
month-1 = januari
month-2 = februari
month-3 = mars
month-4 = april
month-5 = maj
month-6 = juni
month-7 = juli
month-8 = augusti
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
