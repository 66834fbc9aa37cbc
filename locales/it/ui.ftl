# kratos-htmx-ui: i testi propri dell’interfaccia, in italiano (registro informale: «tu»).
# I messaggi di Kratos sono in kratos.ftl. Ogni identificativo presente qui deve esistere anche
# nel file ui.ftl di ogni altra lingua (lo verifica un unit test). I segnaposto si scrivono { $name }.

## Layout

skip-link = Vai al contenuto principale
sign-out = Esci
sign-out-instead = Oppure esci
language-label = Lingua
language-submit = Cambia lingua
page-title = { $title } – { $product }

## Sign-in, sign-up, recovery, verification, sign-out

login-title = Accedi
login-intro = Accedi per gestire il tuo account.
reauth-title = Conferma la tua identità
reauth-intro = Per la tua sicurezza, inserisci di nuovo la password prima di applicare questa modifica.
second-factor-title = Secondo passaggio
second-factor-intro = Il tuo account è protetto da un secondo passaggio. Completalo per continuare.
link-create-account = Crea un account
link-forgot-password = Password dimenticata?
registration-title = Crea un account
registration-intro = Indica come possiamo contattarti, poi scegli come vuoi accedere.
link-have-account = Hai già un account? Accedi
recovery-title = Recupera il tuo account
recovery-intro = Inserisci il tuo indirizzo email. Se è associato a un account, ti invieremo un codice per accedere e impostare una nuova password.
link-back-to-sign-in = Torna all’accesso
verification-title = Verifica il tuo indirizzo email
verification-intro = Inserisci il codice che ti abbiamo inviato via email. Non hai ricevuto nessun codice? Inserisci il tuo indirizzo per riceverne uno nuovo.
link-go-to-account = Vai al tuo account
logout-title = Esci
logout-intro = Vuoi uscire dal tuo account su questo dispositivo?

## Messages and fields

error-prefix = Errore:
error-summary-title = Si è verificato un problema
needs-javascript = «{ $label }» richiede JavaScript, che in questo browser è disattivato. Tutto il resto della pagina funziona anche senza.
copy = Copia
copied = Copiato
download-as-text = Scarica come testo
copy-failed = Impossibile copiare: seleziona il testo manualmente
network-error = Impossibile inviare le modifiche: errore di connessione. Controlla la connessione e riprova.
webauthn-unavailable = Le chiavi di sicurezza e le passkey non sono disponibili in questo browser, oppure non è stato possibile caricare lo script del servizio account.

## Settings

settings-title = Impostazioni account
sessions-link = Vedi dove hai effettuato l’accesso
category-profile-title = Il tuo profilo
category-profile-intro = I dati su di te salvati nel tuo account.
category-sign-in-title = Metodi di accesso
category-sign-in-intro = I modi in cui puoi accedere al tuo account.
category-two-factor-title = Autenticazione a due fattori
category-two-factor-intro = Un secondo passaggio dopo la password protegge il tuo account anche se la password viene compromessa.
category-other-title = Altre impostazioni
category-other-intro = Ulteriori impostazioni del servizio account.
section-profile-title = Dati personali
section-profile-intro = Il tuo nome e come possiamo contattarti.
section-password-title = Password
section-password-intro = Scegli una nuova password di almeno 8 caratteri. La userai per accedere insieme al tuo indirizzo email.
section-oidc-title = Account collegati
section-oidc-intro = Accedi con un account che hai già su un altro servizio.
section-totp-title = App di autenticazione
section-totp-intro = Quando accedi, usa come secondo passaggio un codice generato da un’app sul tuo telefono.
section-lookup_secret-title = Codici di backup
section-lookup_secret-intro = Codici monouso da usare quando non puoi completare il secondo passaggio in altro modo. I nuovi codici diventano validi solo dopo che li hai confermati.
section-webauthn-title = Chiavi di sicurezza
section-webauthn-intro = Quando accedi, usa come secondo passaggio una chiave hardware o il tuo dispositivo.
section-passkey-title = Passkey
section-passkey-intro = Accedi senza password usando il tuo dispositivo.
section-other-intro = Altre impostazioni del servizio account.
verification-sent = Abbiamo inviato un codice di verifica a { $address }.
verification-sent-unknown = Abbiamo inviato un codice di verifica al tuo indirizzo.
verification-enter-code = Inserisci il codice per verificarlo
unverified-address = L’indirizzo { $address } non è ancora stato verificato.
verify-it = Verificalo

## Sessions

sessions-title = Dove hai effettuato l’accesso
sessions-intro = Se non riconosci un dispositivo, disconnettilo e cambia la password.
this-device = Questo dispositivo
sign-device-out = Disconnetti questo dispositivo
no-other-sessions = Non hai effettuato l’accesso su nessun altro dispositivo.
sign-out-others = Disconnetti tutti gli altri dispositivi
back-to-settings = Torna alle impostazioni dell’account
signed-in-when = Accesso effettuato { $when }
signed-in-from = da { $address }
browser-on-system = { $browser } su { $system }
program-on-system = Un programma su { $system }
unknown-program = Un programma sconosciuto
unknown-device = Un dispositivo sconosciuto
just-now = poco fa
minutes-ago = { $count ->
    [one] { $count } minuto fa
   *[other] { $count } minuti fa
}
hours-ago = { $count ->
    [one] { $count } ora fa
   *[other] { $count } ore fa
}
days-ago = { $count ->
    [one] { $count } giorno fa
   *[other] { $count } giorni fa
}

## Notices carried across a redirect

notice-flow-expired = Il modulo è scaduto prima dell’invio, quindi ne abbiamo aperto uno nuovo. Non è stato modificato nulla: inserisci di nuovo le modifiche.
notice-flow-restarted = Non era più possibile usare quel modulo, quindi ne abbiamo aperto uno nuovo. Non è stato modificato nulla.
notice-session-revoked = Il dispositivo è stato disconnesso.
notice-other-sessions-revoked = Tutti gli altri dispositivi sono stati disconnessi.
notice-refused = Il servizio account ha rifiutato la richiesta.

## Problems on our side of the line

try-again = Riprova
problem-unavailable-title = Il servizio account non è disponibile
problem-unavailable-text = Non siamo riusciti a contattare il servizio che gestisce gli account. Riprova tra qualche istante.
problem-malformed-flow-title = Questo link non è valido
problem-malformed-flow-text = L’indirizzo di questa pagina è incompleto o danneggiato. Ricomincia dalle impostazioni dell’account.
problem-flow-not-found-title = Questo modulo non esiste più
problem-flow-not-found-text = Il modulo che hai aperto è sconosciuto o è stato rimosso. Ricomincia per riceverne uno nuovo.
problem-page-not-found-title = Pagina non trovata
problem-page-not-found-text = A questo indirizzo non c’è nessuna pagina. Controlla l’indirizzo o vai al tuo account.
problem-cross-site-title = Questa richiesta proviene da un altro sito
problem-cross-site-text = Per la tua protezione, le modifiche si possono apportare solo dalle pagine di questo sito. Non è stato modificato nulla.
problem-bad-request-title = Impossibile elaborare la richiesta
problem-not-a-session = Questa non è una sessione.
problem-session-not-revocable = Non è possibile disconnettere questa sessione da qui.
problem-no-error = Non ci sono errori da mostrare.
problem-not-form-data = I moduli devono essere inviati come dati di modulo (form data).
problem-too-large = La richiesta è troppo grande.
problem-too-slow = La richiesta ha impiegato troppo tempo ad arrivare. Riprova.
problem-headers-too-large = La richiesta conteneva troppi dati di intestazione, di solito perché i cookie di questo sito sono troppi o troppo grandi. Per risolvere, elimina i cookie di questo sito dalle impostazioni del browser.
problem-method-not-allowed = Questo indirizzo non accetta questo tipo di richiesta.
problem-unreadable = Impossibile leggere la richiesta.
problem-unknown-language = Questa lingua non è disponibile.

## Kratos errors, explained

error-detail-label = Messaggio del servizio account:
error-code = Errore { $code }
error-code-with-id = Errore { $code } ({ $id })
error-csrf-title = Impossibile verificare la richiesta
error-csrf-text = Per la tua protezione, la richiesta è stata rifiutata: il token di sicurezza (il controllo CSRF) non corrispondeva a questo browser. Succede se i cookie sono bloccati, se il modulo era stato aperto in un altro browser o in un’altra scheda in cui nel frattempo è stato effettuato l’accesso, oppure dopo un nuovo accesso. Ricomincia.
error-return-to-title = Questo indirizzo di ritorno non è consentito
error-return-to-text = Al termine, il link ti avrebbe portato a un indirizzo che questo servizio non considera attendibile. Apri il tuo account dal servizio da cui provieni oppure ricomincia da qui.
error-identity-mismatch-title = Questo modulo appartiene a un altro account
error-identity-mismatch-text = Il modulo che hai usato è stato aperto da un account diverso da quello con cui hai effettuato l’accesso ora. Ricomincia per ricevere un modulo per il tuo account.
error-already-signed-in-title = Hai già effettuato l’accesso
error-already-signed-in-text = Non serve accedere di nuovo. Vai al tuo account.
error-aal1-required-title = Accedi prima di continuare
error-aal1-required-text = Il secondo passaggio si può confermare solo dopo aver effettuato l’accesso. Accedi, poi continua.
error-inactive-title = Non hai effettuato l’accesso
error-inactive-text = La tua sessione è terminata oppure non hai ancora effettuato l’accesso. Accedi, poi riprova.
error-aal2-required-title = Serve un secondo passaggio
error-aal2-required-text = Il tuo account è protetto da un secondo passaggio. Accedi di nuovo e completalo per continuare.
error-aal-fulfilled-title = Hai già confermato il secondo passaggio
error-aal-fulfilled-text = Non c’è altro da confermare. Vai al tuo account.
error-refresh-required-title = Conferma la tua identità
error-refresh-required-text = Per questa modifica devi aver effettuato l’accesso di recente. Accedi di nuovo, poi ripeti la modifica.
error-verified-address-title = Verifica prima il tuo indirizzo email
error-verified-address-text = Per questa operazione serve un indirizzo email verificato. Verifica il tuo, poi riprova.
error-flow-replaced-title = Questo modulo è stato sostituito
error-flow-replaced-text = Un modulo più recente ha preso il posto di questo, ad esempio in un’altra scheda. Ricomincia.
error-flow-disabled-title = Questa funzione è disattivata
error-flow-disabled-text = Il servizio account non offre questa funzione. Se pensi che dovrebbe, contatta gli amministratori del servizio.
error-location-change-title = Il browser deve passare a un’altra pagina
error-location-change-text = Questo passaggio continua su un’altra pagina, ad esempio quella del tuo provider di accesso. Ricomincia dal tuo account.
error-flow-expired-title = Questo modulo è scaduto
error-flow-expired-text = Il modulo è rimasto aperto troppo a lungo. Ricomincia per riceverne uno nuovo.
error-unknown-title = Qualcosa è andato storto
error-unknown-text = Il servizio account non è riuscito a completare la richiesta. Ricomincia.

## Trait titles from the identity schema. An entry applies only while the schema's title is
## still its .source text, so a changed schema never shows a stale translation.

trait-email = Indirizzo email
    .source = Email address
trait-name = Nome e cognome
    .source = Full name
trait-phone = Numero di telefono
    .source = Phone number
trait-website = Sito web
    .source = Website
trait-age = Età
    .source = Age
trait-newsletter = Inviami la newsletter
    .source = Send me the newsletter

## Gallery (development only)

gallery-title = Galleria di tutti gli stati
gallery-intro = Tutti gli stati dei flussi acquisiti da un’istanza reale di Kratos e visualizzati con lo stesso renderer delle pagine in produzione. Qui i moduli non hanno alcun effetto.
gallery-contents = Indice
gallery-drawn-by = Disegnato da
gallery-show-where = Etichetta ogni parte con la vista che la disegna
gallery-hide-where = Nascondi le etichette

## Apps that sign people in through Ory Hydra (OAuth2 and OpenID Connect)

login-intro-app = Accedi per continuare su { $app }.
reauth-intro-app = Conferma la tua identità per continuare su { $app }.
registration-intro-app = Crea il tuo account per continuare su { $app }.
consent-title = Consentire a { $app } di usare il tuo account?
consent-intro = { $app } chiede di usare il tuo account { $account }. Scegli cosa può vedere e fare: puoi revocarne l’accesso in qualsiasi momento.
consent-scopes-legend = { $app } chiede di
consent-remember = Ricorda la mia scelta per questa app
consent-policy = Informativa sulla privacy di { $app }
consent-terms = Termini di servizio di { $app }
consent-accept = Consenti
consent-reject = Rifiuta
scope-openid = Sapere chi sei (l’ID del tuo account)
scope-email = Vedere il tuo indirizzo email
scope-profile = Vedere il tuo nome e il tuo sito web
scope-offline-access = Mantenere l’accesso anche in tua assenza
scope-offline = Mantenere l’accesso anche in tua assenza
scope-phone = Vedere il tuo numero di telefono
scope-address = Vedere il tuo indirizzo postale
scope-other = Usare «{ $scope }»
logout-app-title = Uscire da { $app }?
logout-app-intro = Uscirai anche dal tuo account su questo dispositivo.
logout-app-accept = Sì, esci
logout-app-reject = No, non uscire
apps-title = App con accesso
apps-intro = Queste app possono usare il tuo account perché le hai autorizzate. Se revochi l’accesso a un’app, dovrà chiedertelo di nuovo.
apps-link = Vedi le app con accesso
apps-none = Nessuna app ha accesso al tuo account.
apps-may = Può:
apps-since = Autorizzata il { $date }
apps-remove = Revoca l’accesso a { $app }
notice-app-access-removed = L’accesso dell’app è stato revocato.
problem-app-request-gone-title = Questa richiesta dell’app non è più valida
problem-app-request-gone-text = La richiesta dell’app è sconosciuta, ha già ricevuto una risposta oppure è scaduta. Torna all’app e ricomincia.
problem-other-account-title = Hai effettuato l’accesso con un altro account
problem-other-account-text = La richiesta dell’app riguarda un account diverso da quello con cui hai effettuato l’accesso qui. Esci, poi ricomincia dall’app.
error-app-denied-title = L’app non ha ottenuto l’accesso
error-app-denied-text = L’accesso è stato negato, quindi l’app non può usare il tuo account. Se vuoi riprovare, torna all’app.
error-app-request-expired-title = La richiesta dell’app è scaduta
error-app-request-expired-text = La richiesta di accesso dell’app è troppo vecchia o è già stata usata. Torna all’app e ricomincia.
error-app-unavailable-title = Al momento non è possibile accedere all’app
error-app-unavailable-text = Si è verificato un problema nel servizio di accesso per le app. Riprova tra qualche istante.
error-app-invalid-title = Impossibile elaborare la richiesta dell’app
error-app-invalid-text = L’app ha inviato una richiesta che il servizio di accesso non può accettare. Il problema è dell’app: segnalalo a chi la sviluppa.
login-as = Accesso come { $identifier }.
login-use-another-account = Usa un altro account
problem-registration-off-title = La registrazione non è disponibile
problem-registration-off-text = Su questo servizio non è possibile creare nuovi account. Se hai già un account, accedi; altrimenti rivolgiti ai gestori del servizio.
problem-recovery-off-title = Il recupero dell’account non è disponibile
problem-recovery-off-text = Questo servizio non permette di recuperare gli account via email. Accedi con un altro metodo che hai configurato oppure chiedi aiuto ai gestori del servizio.
login-without-linking = Accedi senza collegarlo
login-verify-address = Verifica subito { $address }
login-verify-your-address = Verifica subito il tuo indirizzo email

## Dates, as the UI writes them (for example when an app was allowed). $year arrives as the
## digits of the reader's script, $day as a number (shown in those digits too; select on it for
## a form of its own, as French does for the first); $month is the month-N entry, in the form
## the date needs.

date = { $day } { $month } { $year }
month-1 = gennaio
month-2 = febbraio
month-3 = marzo
month-4 = aprile
month-5 = maggio
month-6 = giugno
month-7 = luglio
month-8 = agosto
month-9 = settembre
month-10 = ottobre
month-11 = novembre
month-12 = dicembre
