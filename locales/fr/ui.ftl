# kratos-htmx-ui : les textes propres à l’interface, en français (vouvoiement : « vous »).
# Les messages de Kratos sont dans kratos.ftl. Chaque identifiant ci-dessous doit aussi figurer
# dans le ui.ftl de chaque autre langue (un test unitaire le vérifie). Les variables s’écrivent { $name }.

## Layout

skip-link = Aller au contenu principal
sign-out = Se déconnecter
sign-out-instead = Se déconnecter à la place
language-label = Langue
language-submit = Changer de langue
page-title = { $title } – { $product }

## Sign-in, sign-up, recovery, verification, sign-out

login-title = Connexion
login-intro = Connectez-vous pour gérer votre compte.
reauth-title = Confirmez votre identité
reauth-intro = Pour votre sécurité, saisissez à nouveau votre mot de passe avant d’appliquer cette modification.
second-factor-title = Deuxième étape
second-factor-intro = Votre compte est protégé par une deuxième étape de connexion. Validez-la pour continuer.
link-create-account = Créer un compte
link-forgot-password = Mot de passe oublié ?
registration-title = Créer un compte
registration-intro = Indiquez comment vous joindre, puis choisissez votre mode de connexion.
link-have-account = Vous avez déjà un compte ? Connectez-vous
recovery-title = Récupérer votre compte
recovery-intro = Saisissez votre adresse e-mail. Si elle est associée à un compte, nous y enverrons un code qui vous permettra de vous connecter et de choisir un nouveau mot de passe.
link-back-to-sign-in = Retour à la connexion
verification-title = Vérifier votre adresse e-mail
verification-intro = Saisissez le code que nous avons envoyé à votre adresse e-mail. Vous n’avez pas reçu de code ? Saisissez votre adresse pour en recevoir un nouveau.
link-go-to-account = Accéder à votre compte
logout-title = Déconnexion
logout-intro = Voulez-vous vous déconnecter de votre compte sur cet appareil ?

## Messages and fields

error-prefix = Erreur :
error-summary-title = Un problème est survenu
needs-javascript = « { $label } » nécessite JavaScript, qui est désactivé dans ce navigateur. Tout le reste de cette page fonctionne sans.
copy = Copier
copied = Copié
download-as-text = Télécharger au format texte
copy-failed = Échec de la copie : sélectionnez le texte manuellement
network-error = Vos modifications n’ont pas pu être envoyées en raison d’un problème de réseau. Vérifiez votre connexion Internet et réessayez.
webauthn-unavailable = Les clés de sécurité et les clés d’accès ne sont pas disponibles dans ce navigateur, ou le script du service de comptes n’a pas pu être chargé.

## Settings

settings-title = Paramètres du compte
sessions-link = Voir vos appareils connectés
category-profile-title = Votre profil
category-profile-intro = Les informations enregistrées à votre sujet dans votre compte.
category-sign-in-title = Méthodes de connexion
category-sign-in-intro = Les différentes façons de vous connecter à votre compte.
category-two-factor-title = Authentification à deux facteurs
category-two-factor-intro = Une deuxième étape après votre mot de passe protège votre compte, même en cas de fuite de ce mot de passe.
category-other-title = Autres paramètres
category-other-intro = Paramètres supplémentaires proposés par le service de comptes.
section-profile-title = Informations personnelles
section-profile-intro = Votre nom et vos coordonnées.
section-password-title = Mot de passe
section-password-intro = Choisissez un nouveau mot de passe d’au moins 8 caractères. Vous l’utiliserez avec votre adresse e-mail pour vous connecter.
section-oidc-title = Comptes associés
section-oidc-intro = Connectez-vous avec un compte que vous avez déjà sur un autre service.
section-totp-title = Application d’authentification
section-totp-intro = Utilisez un code généré par une application sur votre téléphone comme deuxième étape de connexion.
section-lookup_secret-title = Codes de secours
section-lookup_secret-intro = Des codes à usage unique, pour le cas où votre autre méthode de deuxième étape n’est pas disponible. Les nouveaux codes ne sont valables qu’une fois confirmés.
section-webauthn-title = Clés de sécurité
section-webauthn-intro = Utilisez une clé physique ou votre appareil comme deuxième étape de connexion.
section-passkey-title = Clés d’accès
section-passkey-intro = Connectez-vous sans mot de passe, grâce à votre appareil.
section-other-intro = Autres paramètres proposés par le service de comptes.
verification-sent = Nous avons envoyé un code de vérification à { $address }.
verification-sent-unknown = Nous avons envoyé un code de vérification à votre adresse.
verification-enter-code = Saisir le code pour vérifier l’adresse
unverified-address = L’adresse { $address } n’est pas encore vérifiée.
verify-it = Vérifier maintenant

## Sessions

sessions-title = Vos appareils connectés
sessions-intro = Si vous ne reconnaissez pas un appareil, déconnectez-le et changez votre mot de passe.
this-device = Cet appareil
sign-device-out = Déconnecter cet appareil
no-other-sessions = Aucun autre appareil n’est connecté à votre compte.
sign-out-others = Déconnecter tous les autres appareils
back-to-settings = Retour aux paramètres du compte
signed-in-when = Connexion { $when }
signed-in-from = depuis { $address }
browser-on-system = { $browser } sous { $system }
program-on-system = Un programme sous { $system }
unknown-program = Un programme inconnu
unknown-device = Un appareil inconnu
just-now = à l’instant
minutes-ago = { $count ->
    [one] il y a { $count } minute
   *[other] il y a { $count } minutes
}
hours-ago = { $count ->
    [one] il y a { $count } heure
   *[other] il y a { $count } heures
}
days-ago = { $count ->
    [one] il y a { $count } jour
   *[other] il y a { $count } jours
}

## Notices carried across a redirect

notice-flow-expired = Votre formulaire a expiré avant son envoi, nous en avons donc ouvert un nouveau. Rien n’a été modifié : veuillez saisir à nouveau vos modifications.
notice-flow-restarted = Ce formulaire n’était plus utilisable, nous en avons donc ouvert un nouveau. Rien n’a été modifié.
notice-session-revoked = Cet appareil a été déconnecté.
notice-other-sessions-revoked = Tous les autres appareils ont été déconnectés.
notice-refused = Le service de comptes a refusé votre demande.

## Problems on our side of the line

try-again = Réessayer
problem-unavailable-title = Le service de comptes n’est pas disponible
problem-unavailable-text = Nous n’avons pas pu joindre le service qui gère les comptes. Veuillez réessayer dans un instant.
problem-malformed-flow-title = Ce lien n’est pas valide
problem-malformed-flow-text = L’adresse de cette page est incomplète ou endommagée. Recommencez depuis les paramètres de votre compte.
problem-flow-not-found-title = Ce formulaire n’existe plus
problem-flow-not-found-text = Le formulaire que vous avez ouvert est inconnu ou a été supprimé. Recommencez pour en obtenir un nouveau.
problem-page-not-found-title = Page introuvable
problem-page-not-found-text = Il n’y a aucune page à cette adresse. Vérifiez l’adresse ou accédez à votre compte.
problem-cross-site-title = Cette demande provient d’un autre site
problem-cross-site-text = Pour votre protection, les modifications ne peuvent être effectuées que depuis les pages de ce site. Rien n’a été modifié.
problem-bad-request-title = Cette demande n’a pas pu être traitée
problem-not-a-session = Ce n’est pas une session valide.
problem-session-not-revocable = Impossible de déconnecter cette session ici.
problem-no-error = Il n’y a aucune erreur à afficher.
problem-not-form-data = Les formulaires doivent être envoyés sous forme de données de formulaire.
problem-too-large = La demande était trop volumineuse.
problem-too-slow = La demande a mis trop de temps à arriver. Veuillez réessayer.
problem-headers-too-large = La demande contenait trop de données d’en-tête, le plus souvent des cookies trop nombreux ou trop volumineux pour ce site. Pour résoudre le problème, supprimez les cookies de ce site dans les paramètres de votre navigateur.
problem-method-not-allowed = Cette adresse n’accepte pas ce type de demande.
problem-unreadable = La demande n’a pas pu être lue.
problem-unknown-language = Cette langue n’est pas proposée.

## Kratos errors, explained

error-detail-label = Réponse du service de comptes :
error-code = Erreur { $code }
error-code-with-id = Erreur { $code } ({ $id })
error-csrf-title = Votre demande n’a pas pu être vérifiée
error-csrf-text = Pour votre protection, la demande a été rejetée : son jeton de sécurité (la vérification CSRF) ne correspondait pas à ce navigateur. Cela se produit lorsque les cookies sont bloqués, lorsque le formulaire a été ouvert dans un autre navigateur ou dans un autre onglet où une connexion a eu lieu entre-temps, ou après une nouvelle connexion. Veuillez recommencer.
error-return-to-title = Cette adresse de retour n’est pas autorisée
error-return-to-text = Le lien prévoyait de vous rediriger, une fois l’opération terminée, vers une adresse que ce service ne considère pas comme fiable. Accédez à votre compte depuis le service d’où vous venez, ou recommencez ici.
error-identity-mismatch-title = Ce formulaire appartient à un autre compte
error-identity-mismatch-text = Le formulaire que vous avez utilisé a été ouvert par un autre compte que celui actuellement connecté. Recommencez pour obtenir un formulaire destiné à votre compte.
error-already-signed-in-title = Votre session est déjà ouverte
error-already-signed-in-text = Inutile de vous reconnecter. Accédez à votre compte.
error-aal1-required-title = Connectez-vous d’abord
error-aal1-required-text = Une deuxième étape ne peut être validée qu’après la connexion. Connectez-vous, puis continuez.
error-inactive-title = Connexion requise
error-inactive-text = Votre session a expiré ou n’a pas encore été ouverte. Connectez-vous, puis réessayez.
error-aal2-required-title = Une deuxième étape est nécessaire
error-aal2-required-text = Votre compte est protégé par une deuxième étape de connexion. Reconnectez-vous et validez-la pour continuer.
error-aal-fulfilled-title = Vous avez déjà validé la deuxième étape
error-aal-fulfilled-text = Il n’y a plus rien à valider. Accédez à votre compte.
error-refresh-required-title = Confirmez votre identité
error-refresh-required-text = Cette modification nécessite une connexion récente. Reconnectez-vous, puis recommencez.
error-verified-address-title = Vérifiez d’abord votre adresse e-mail
error-verified-address-text = Cette action nécessite une adresse e-mail vérifiée. Vérifiez la vôtre, puis réessayez.
error-flow-replaced-title = Ce formulaire a été remplacé
error-flow-replaced-text = Un formulaire plus récent l’a remplacé (ouvert dans un autre onglet, par exemple). Recommencez.
error-flow-disabled-title = Cette fonction est désactivée
error-flow-disabled-text = Le service de comptes ne propose pas cette fonction. Si vous pensez qu’il le devrait, contactez les administrateurs du service.
error-location-change-title = Votre navigateur doit changer de page
error-location-change-text = Cette étape se poursuit sur une autre page, par exemple celle de votre fournisseur de connexion. Recommencez depuis votre compte.
error-flow-expired-title = Ce formulaire a expiré
error-flow-expired-text = Le formulaire est resté ouvert trop longtemps. Recommencez pour en obtenir un nouveau.
error-unknown-title = Une erreur s’est produite
error-unknown-text = Le service de comptes n’a pas pu traiter votre demande. Veuillez recommencer.

## Trait titles from the identity schema. An entry applies only while the schema's title is
## still its .source text, so a changed schema never shows a stale translation.

trait-email = Adresse e-mail
    .source = Email address
trait-name = Nom complet
    .source = Full name
trait-phone = Numéro de téléphone
    .source = Phone number
trait-website = Site web
    .source = Website
trait-age = Âge
    .source = Age
trait-newsletter = Recevoir la newsletter
    .source = Send me the newsletter

## Gallery (development only)

gallery-title = Galerie de tous les états
gallery-intro = Chaque état de flux, capturé sur une instance Kratos réelle et affiché par le même moteur de rendu que les pages en service. Ici, les formulaires sont inactifs.
gallery-contents = Sommaire
gallery-drawn-by = Dessiné par
gallery-show-where = Étiqueter chaque partie avec la vue qui la dessine
gallery-hide-where = Masquer les étiquettes

## Apps that sign people in through Ory Hydra (OAuth2 and OpenID Connect)

login-intro-app = Connectez-vous pour accéder à { $app }.
reauth-intro-app = Confirmez votre identité pour accéder à { $app }.
registration-intro-app = Créez votre compte pour accéder à { $app }.
consent-title = Autoriser { $app } à utiliser votre compte ?
consent-intro = { $app } demande à utiliser votre compte { $account }. Choisissez ce que cette application peut voir et faire ; vous pourrez lui retirer l’accès à tout moment.
consent-scopes-legend = { $app } demande à :
consent-remember = Mémoriser ma décision pour cette application
consent-policy = Politique de confidentialité de { $app }
consent-terms = Conditions d’utilisation de { $app }
consent-accept = Autoriser
consent-reject = Refuser
scope-openid = Savoir qui vous êtes (l’identifiant de votre compte)
scope-email = Voir votre adresse e-mail
scope-profile = Voir votre nom et votre site web
scope-offline-access = Conserver l’accès en votre absence
scope-offline = Conserver l’accès en votre absence
scope-phone = Voir votre numéro de téléphone
scope-address = Voir votre adresse postale
scope-other = Utiliser « { $scope } »
logout-app-title = Se déconnecter de { $app } ?
logout-app-intro = Votre compte sera également déconnecté sur cet appareil.
logout-app-accept = Oui, me déconnecter
logout-app-reject = Non, garder ma session ouverte
apps-title = Applications autorisées
apps-intro = Ces applications peuvent utiliser votre compte, car vous les y avez autorisées. Si vous retirez l’accès d’une application, elle devra vous redemander l’autorisation.
apps-link = Voir les applications autorisées
apps-none = Aucune application n’a accès à votre compte.
apps-may = Elle peut :
apps-since = Autorisée le { $date }
apps-remove = Retirer l’accès à { $app }
notice-app-access-removed = L’accès de l’application a été retiré.
problem-app-request-gone-title = Cette demande de l’application n’est plus valable
problem-app-request-gone-text = La demande de l’application est inconnue, a déjà reçu une réponse ou a expiré. Retournez dans l’application et recommencez.
problem-other-account-title = Un autre compte est connecté
problem-other-account-text = L’application a demandé un autre compte que celui qui est connecté ici. Déconnectez-vous, puis recommencez depuis l’application.
error-app-denied-title = L’application n’a pas obtenu l’accès
error-app-denied-text = L’accès a été refusé : l’application ne peut donc pas utiliser votre compte. Retournez dans l’application si vous souhaitez réessayer.
error-app-request-expired-title = La demande de l’application a expiré
error-app-request-expired-text = La demande de connexion de l’application est trop ancienne ou a déjà été utilisée. Retournez dans l’application et recommencez.
error-app-unavailable-title = Impossible de se connecter à l’application pour le moment
error-app-unavailable-text = Le service de connexion des applications a rencontré un problème. Veuillez réessayer dans un instant.
error-app-invalid-title = La demande de l’application ne peut pas être traitée
error-app-invalid-text = L’application a envoyé une demande que le service de connexion ne peut pas accepter. Le problème vient de l’application : veuillez le signaler à ses développeurs.
login-as = Connexion en tant que { $identifier }.
login-use-another-account = Utiliser un autre compte
problem-registration-off-title = L’inscription n’est pas proposée ici
problem-registration-off-text = Ce service ne permet pas de créer de nouveaux comptes. Si vous avez déjà un compte, connectez-vous ; sinon, adressez-vous aux responsables de ce service.
problem-recovery-off-title = La récupération de compte n’est pas proposée ici
problem-recovery-off-text = Ce service ne permet pas de récupérer un compte par e-mail. Connectez-vous avec une autre méthode que vous avez configurée, ou demandez de l’aide aux responsables de ce service.
login-without-linking = Se connecter sans l’ajouter
login-verify-address = Vérifier l’adresse { $address } maintenant
login-verify-your-address = Vérifier votre adresse e-mail maintenant

## Dates, as the UI writes them (for example when an app was allowed). $year arrives as the
## digits of the reader's script, $day as a number (shown in those digits too; select on it for
## a form of its own, as French does for the first); $month is the month-N entry, in the form
## the date needs.

date = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
