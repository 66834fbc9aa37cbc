# kratos-htmx-ui: the UI's own texts, in English.
# Kratos's messages are in kratos.ftl. Every id here must also be in every other language's
# ui.ftl (a unit test checks). Placeholders are written { $name }.

## Layout

skip-link = Skip to main content
sign-out = Sign out
sign-out-instead = Sign out instead
language-label = Language
language-submit = Change language
page-title = { $title } – { $product }

## Sign-in, sign-up, recovery, verification, sign-out

login-title = Sign in
login-intro = Sign in to manage your account.
reauth-title = Confirm it is you
reauth-intro = For your security, enter your password again before this change is made.
second-factor-title = Second step
second-factor-intro = Your account is protected by a second step. Confirm it to continue.
link-create-account = Create an account
link-forgot-password = Forgot your password?
registration-title = Create an account
registration-intro = Tell us how to reach you, then choose how you will sign in.
link-have-account = Already have an account? Sign in
recovery-title = Recover your account
recovery-intro = Enter your email address. If it belongs to an account, we send it a code to sign you in, so you can set a new password.
link-back-to-sign-in = Back to sign in
verification-title = Verify your email address
verification-intro = Enter the code we sent to your email address. No code? Enter your address to get a new one.
link-go-to-account = Go to your account
logout-title = Sign out
logout-intro = Do you want to sign out of your account on this device?

## Messages and fields

error-prefix = Error:
error-summary-title = There is a problem
needs-javascript = “{ $label }” needs JavaScript, which is turned off in this browser. Everything else on this page works without it.
copy = Copy
copied = Copied
download-as-text = Download as text
copy-failed = Copy failed: select the text instead
network-error = Your changes could not be sent: the connection failed. Please check your connection and try again.
webauthn-unavailable = Security keys and passkeys are not available in this browser, or the account service's script could not be loaded.

## Settings

settings-title = Account settings
sessions-link = See where you are signed in
category-profile-title = Your profile
category-profile-intro = The details your account holds about you.
category-sign-in-title = Sign-in methods
category-sign-in-intro = The ways you can sign in to your account.
category-two-factor-title = Two-factor authentication
category-two-factor-intro = A second step after your password keeps your account safe even if the password leaks.
category-other-title = More settings
category-other-intro = Further settings from your account service.
section-profile-title = Personal details
section-profile-intro = Your name and how we can reach you.
section-password-title = Password
section-password-intro = Choose a new password of at least 8 characters. You sign in with it and your email address.
section-oidc-title = Linked accounts
section-oidc-intro = Sign in with an account you already have elsewhere.
section-totp-title = Authenticator app
section-totp-intro = Use a code from an app on your phone as a second step when you sign in.
section-lookup_secret-title = Backup codes
section-lookup_secret-intro = One-time codes for when you cannot use your other second step. New codes count only once you confirm them.
section-webauthn-title = Security keys
section-webauthn-intro = Use a hardware key or your device as a second step when you sign in.
section-passkey-title = Passkeys
section-passkey-intro = Sign in without a password, using your device.
section-other-intro = More settings from your account service.
verification-sent = We sent a verification code to { $address }.
verification-sent-unknown = We sent a verification code to your address.
verification-enter-code = Enter the code to verify it
unverified-address = { $address } is not verified yet.
verify-it = Verify it

## Sessions

sessions-title = Where you are signed in
sessions-intro = If you do not recognise a device, sign it out and change your password.
this-device = This device
sign-device-out = Sign this device out
no-other-sessions = You are not signed in anywhere else.
sign-out-others = Sign out every other device
back-to-settings = Back to your account settings
signed-in-when = Signed in { $when }
signed-in-from = from { $address }
browser-on-system = { $browser } on { $system }
program-on-system = A program on { $system }
unknown-program = An unknown program
unknown-device = An unknown device
just-now = just now
minutes-ago = { $count ->
    [one] 1 minute ago
   *[other] { $count } minutes ago
}
hours-ago = { $count ->
    [one] 1 hour ago
   *[other] { $count } hours ago
}
days-ago = { $count ->
    [one] 1 day ago
   *[other] { $count } days ago
}

## Notices carried across a redirect

notice-flow-expired = Your form expired before it was sent, so we started a new one. Nothing was changed: please enter your changes again.
notice-flow-restarted = That form could not be used any more, so we started a new one. Nothing was changed.
notice-session-revoked = That device was signed out.
notice-other-sessions-revoked = Every other device was signed out.
notice-refused = Your request was refused by the account service.

## Problems on our side of the line

try-again = Try again
problem-unavailable-title = The account service is not available
problem-unavailable-text = We could not reach the service that manages accounts. Please try again in a moment.
problem-malformed-flow-title = This link is not valid
problem-malformed-flow-text = The address of this page is incomplete or damaged. Start again from your account settings.
problem-flow-not-found-title = This form no longer exists
problem-flow-not-found-text = The form you opened is unknown or was removed. Start again to get a new one.
problem-page-not-found-title = Page not found
problem-page-not-found-text = There is no page at this address. Check the address, or go to your account.
problem-cross-site-title = This request came from another site
problem-cross-site-text = For your protection, changes can only be made from this site's own pages. Nothing was changed.
problem-bad-request-title = This request could not be handled
problem-not-a-session = That is not a session.
problem-session-not-revocable = That session cannot be signed out here.
problem-no-error = There is no error to show.
problem-not-form-data = Forms must be sent as form data.
problem-too-large = The request was too large.
problem-too-slow = The request took too long to arrive. Please try again.
problem-headers-too-large = The request carried too much header data, usually too many or too large cookies for this site. Deleting this site's cookies in your browser settings helps.
problem-method-not-allowed = This address does not accept this kind of request.
problem-unreadable = The request could not be read.
problem-unknown-language = This language is not offered.

## Kratos errors, explained

error-detail-label = What the account service said:
error-code = Error { $code }
error-code-with-id = Error { $code } ({ $id })
error-csrf-title = Your request could not be verified
error-csrf-text = For your protection the request was rejected: its security token (the CSRF check) did not match this browser. This happens when cookies are blocked, when the form was opened in another browser or tab that signed in since, or after signing in again. Please start again.
error-return-to-title = That return address is not allowed
error-return-to-text = The link asked to send you to an address this service does not trust after you finish. Open your account from the service you came from, or start again here.
error-identity-mismatch-title = This form belongs to another account
error-identity-mismatch-text = The form you used was started by a different account than the one signed in now. Start again to get a form for your account.
error-already-signed-in-title = You are already signed in
error-already-signed-in-text = There is no need to sign in again. Continue to your account.
error-aal1-required-title = Please sign in first
error-aal1-required-text = A second step can only be confirmed after signing in. Sign in, then continue.
error-inactive-title = You are not signed in
error-inactive-text = Your session has ended or you have not signed in yet. Sign in, then try again.
error-aal2-required-title = A second step is needed
error-aal2-required-text = Your account is protected by a second step. Sign in again and confirm it to continue.
error-aal-fulfilled-title = You have already confirmed the second step
error-aal-fulfilled-text = There is nothing more to confirm. Continue to your account.
error-refresh-required-title = Please confirm it is you
error-refresh-required-text = For this change you need to have signed in recently. Sign in again, then repeat it.
error-verified-address-title = Please verify your email address first
error-verified-address-text = This needs a verified email address. Verify yours, then try again.
error-flow-replaced-title = This form was replaced
error-flow-replaced-text = A newer form took the place of this one, for example in another tab. Start again.
error-flow-disabled-title = This is switched off
error-flow-disabled-text = The account service does not offer this. If you think it should, contact the service's administrators.
error-location-change-title = Your browser needs to go elsewhere
error-location-change-text = This step continues on another page, such as your sign-in provider. Start again from your account.
error-flow-expired-title = This form expired
error-flow-expired-text = The form was open for too long. Start again to get a new one.
error-unknown-title = Something went wrong
error-unknown-text = The account service could not complete your request. Please start again.

## Trait titles from the identity schema. An entry applies only while the schema's title is
## still its .source text, so a changed schema never shows a stale translation.

trait-email = Email address
    .source = Email address
trait-name = Full name
    .source = Full name
trait-phone = Phone number
    .source = Phone number
trait-website = Website
    .source = Website
trait-age = Age
    .source = Age
trait-newsletter = Send me the newsletter
    .source = Send me the newsletter

## Gallery (development only)

gallery-title = Gallery of every state
gallery-intro = Every flow state captured from a real Kratos, drawn by the same renderer as the live pages. Forms here do nothing.
gallery-contents = Contents
gallery-drawn-by = Drawn by
gallery-show-where = Label each part with the view that draws it
gallery-hide-where = Hide the labels

## Apps that sign people in through Ory Hydra (OAuth2 and OpenID Connect)

login-intro-app = Sign in to continue to { $app }.
reauth-intro-app = Confirm it is you to continue to { $app }.
registration-intro-app = Create your account to continue to { $app }.
consent-title = Allow { $app } to use your account?
consent-intro = { $app } asks to use your account { $account }. Choose what it may see and do; you can remove its access at any time.
consent-scopes-legend = { $app } asks to
consent-remember = Remember my decision for this app
consent-policy = Privacy policy of { $app }
consent-terms = Terms of { $app }
consent-accept = Allow
consent-reject = Deny
scope-openid = Know who you are (your account's id)
scope-email = See your email address
scope-profile = See your name and website
scope-offline-access = Stay connected while you are away
scope-offline = Stay connected while you are away
scope-phone = See your phone number
scope-address = See your postal address
scope-other = Use “{ $scope }”
logout-app-title = Sign out of { $app }?
logout-app-intro = You will be signed out of your account on this device too.
logout-app-accept = Yes, sign out
logout-app-reject = No, stay signed in
apps-title = Apps with access
apps-intro = These apps may use your account because you allowed them. Remove an app's access and it has to ask again.
apps-link = See the apps with access
apps-none = No app has access to your account.
apps-may = It may:
apps-since = Allowed on { $date }
apps-remove = Remove access of { $app }
notice-app-access-removed = The app's access was removed.
problem-app-request-gone-title = This request from an app is no longer valid
problem-app-request-gone-text = The app's request is unknown, was already answered or has expired. Go back to the app and start again.
problem-other-account-title = You are signed in with another account
problem-other-account-text = The app asked about a different account than the one signed in here. Sign out, then start again from the app.
error-app-denied-title = The app did not get access
error-app-denied-text = Access was denied, so the app cannot use your account. Go back to the app if you want to try again.
error-app-request-expired-title = The app's request expired
error-app-request-expired-text = The app's sign-in request is too old or was already used. Go back to the app and start again.
error-app-unavailable-title = Signing in to the app is not possible right now
error-app-unavailable-text = The sign-in service for apps had a problem. Please try again in a moment.
error-app-invalid-title = The app's request cannot be handled
error-app-invalid-text = The app sent a request the sign-in service cannot accept. This is a problem with the app: please tell the people who make it.
login-as = Signing in as { $identifier }.
login-use-another-account = Use another account
problem-registration-off-title = Signing up is not offered here
problem-registration-off-text = New accounts cannot be created on this service. If you already have an account, sign in; otherwise ask the people who run this service.
problem-recovery-off-title = Account recovery is not offered here
problem-recovery-off-text = This service does not recover accounts by email. Sign in with another method you set up, or ask the people who run this service for help.
login-without-linking = Sign in without adding it
login-verify-address = Verify { $address } now
login-verify-your-address = Verify your email address now

## Dates, as the UI writes them (for example when an app was allowed). $year arrives as the
## digits of the reader's script, $day as a number (shown in those digits too; select on it for
## a form of its own, as French does for the first); $month is the month-N entry, in the form
## the date needs.

date = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
