# kratos-htmx-ui: textos propios de la interfaz, en español neutro (España y Latinoamérica),
# con tuteo (“tú”). Comillas: “ ”.
# Los mensajes de Kratos están en kratos.ftl. Cada id de este archivo debe existir también en el
# ui.ftl de los demás idiomas (lo comprueba una prueba unitaria). Los marcadores se escriben { $name }.

## Estructura de la página

skip-link = Ir al contenido principal
sign-out = Cerrar sesión
sign-out-instead = Prefiero cerrar sesión
language-label = Idioma
language-submit = Cambiar idioma
page-title = { $title } – { $product }

## Inicio de sesión, registro, recuperación, verificación y cierre de sesión

login-title = Iniciar sesión
login-intro = Inicia sesión para administrar tu cuenta.
reauth-title = Confirma que eres tú
reauth-intro = Por tu seguridad, vuelve a escribir tu contraseña antes de hacer este cambio.
second-factor-title = Segundo paso
second-factor-intro = Tu cuenta está protegida con un segundo paso. Confírmalo para continuar.
link-create-account = Crear una cuenta
link-forgot-password = ¿Has olvidado tu contraseña?
registration-title = Crear una cuenta
registration-intro = Indícanos cómo contactarte y después elige cómo quieres iniciar sesión.
link-have-account = ¿Ya tienes una cuenta? Inicia sesión
recovery-title = Recupera tu cuenta
recovery-intro = Escribe tu correo electrónico. Si corresponde a una cuenta, te enviaremos un código para iniciar sesión y así podrás crear una contraseña nueva.
link-back-to-sign-in = Volver al inicio de sesión
verification-title = Verifica tu correo electrónico
verification-intro = Escribe el código que te hemos enviado por correo electrónico. ¿No te ha llegado? Escribe tu dirección para recibir uno nuevo.
link-go-to-account = Ir a tu cuenta
logout-title = Cerrar sesión
logout-intro = ¿Quieres cerrar la sesión de tu cuenta en este dispositivo?

## Mensajes y campos

error-prefix = Error:
error-summary-title = Hay un problema
needs-javascript = “{ $label }” necesita JavaScript, que está desactivado en este navegador. Todo lo demás de esta página funciona sin él.
copy = Copiar
copied = Copiado
download-as-text = Descargar como texto
copy-failed = No se ha podido copiar: selecciona el texto
network-error = No se han podido enviar tus cambios porque ha fallado la conexión. Comprueba tu conexión y vuelve a intentarlo.
webauthn-unavailable = Las llaves de seguridad y las llaves de acceso no están disponibles en este navegador, o no se ha podido cargar el script del servicio de cuentas.

## Configuración

settings-title = Configuración de la cuenta
sessions-link = Ver dónde tienes la sesión iniciada
category-profile-title = Tu perfil
category-profile-intro = Los datos que tu cuenta guarda sobre ti.
category-sign-in-title = Métodos de inicio de sesión
category-sign-in-intro = Las formas en que puedes iniciar sesión en tu cuenta.
category-two-factor-title = Autenticación en dos pasos
category-two-factor-intro = Un segundo paso después de la contraseña protege tu cuenta aunque la contraseña se filtre.
category-other-title = Otras opciones
category-other-intro = Más opciones de tu servicio de cuentas.
section-profile-title = Datos personales
section-profile-intro = Tu nombre y cómo podemos contactarte.
section-password-title = Contraseña
section-password-intro = Elige una contraseña nueva de al menos 8 caracteres. La usarás junto con tu correo electrónico para iniciar sesión.
section-oidc-title = Cuentas vinculadas
section-oidc-intro = Inicia sesión con una cuenta que ya tengas en otro servicio.
section-totp-title = App de autenticación
section-totp-intro = Usa un código de una app de tu teléfono como segundo paso al iniciar sesión.
section-lookup_secret-title = Códigos de respaldo
section-lookup_secret-intro = Códigos de un solo uso para cuando no puedas usar tu otro segundo paso. Los códigos nuevos solo son válidos después de confirmarlos.
section-webauthn-title = Llaves de seguridad
section-webauthn-intro = Usa una llave física o tu dispositivo como segundo paso al iniciar sesión.
section-passkey-title = Llaves de acceso
section-passkey-intro = Inicia sesión sin contraseña, con tu dispositivo.
section-other-intro = Otras opciones de tu servicio de cuentas.
verification-sent = Hemos enviado un código de verificación a { $address }.
verification-sent-unknown = Hemos enviado un código de verificación a tu dirección.
verification-enter-code = Escribe el código para verificarla
unverified-address = La dirección { $address } aún no está verificada.
verify-it = Verificar ahora

## Sesiones

sessions-title = Dónde tienes la sesión iniciada
sessions-intro = Si no reconoces un dispositivo, cierra su sesión y cambia tu contraseña.
this-device = Este dispositivo
sign-device-out = Cerrar la sesión en este dispositivo
no-other-sessions = No tienes la sesión iniciada en ningún otro sitio.
sign-out-others = Cerrar la sesión en todos los demás dispositivos
back-to-settings = Volver a la configuración de la cuenta
signed-in-when = Sesión iniciada { $when }
signed-in-from = desde { $address }
browser-on-system = { $browser } en { $system }
program-on-system = Un programa en { $system }
unknown-program = Un programa desconocido
unknown-device = Un dispositivo desconocido
just-now = hace un momento
minutes-ago = { $count ->
    [one] hace 1 minuto
   *[other] hace { $count } minutos
}
hours-ago = { $count ->
    [one] hace 1 hora
   *[other] hace { $count } horas
}
days-ago = { $count ->
    [one] hace 1 día
   *[other] hace { $count } días
}

## Avisos que se muestran tras una redirección

notice-flow-expired = El formulario había caducado antes de enviarse, así que te mostramos uno nuevo. No se ha cambiado nada: vuelve a hacer tus cambios.
notice-flow-restarted = Ese formulario ya no se podía usar, así que te mostramos uno nuevo. No se ha cambiado nada.
notice-session-revoked = Se ha cerrado la sesión en ese dispositivo.
notice-other-sessions-revoked = Se ha cerrado la sesión en todos los demás dispositivos.
notice-refused = El servicio de cuentas ha rechazado tu solicitud.

## Problemas de nuestro lado

try-again = Volver a intentarlo
problem-unavailable-title = El servicio de cuentas no está disponible
problem-unavailable-text = No hemos podido conectar con el servicio que gestiona las cuentas. Vuelve a intentarlo en un momento.
problem-malformed-flow-title = Este enlace no es válido
problem-malformed-flow-text = La dirección de esta página está incompleta o dañada. Vuelve a empezar desde la configuración de tu cuenta.
problem-flow-not-found-title = Este formulario ya no existe
problem-flow-not-found-text = El formulario que has abierto es desconocido o se ha eliminado. Vuelve a empezar para obtener uno nuevo.
problem-page-not-found-title = Página no encontrada
problem-page-not-found-text = No hay ninguna página en esta dirección. Comprueba la dirección o ve a tu cuenta.
problem-cross-site-title = Esta solicitud procede de otro sitio
problem-cross-site-text = Por tu protección, solo se pueden hacer cambios desde las páginas de este mismo sitio. No se ha cambiado nada.
problem-bad-request-title = No se ha podido procesar esta solicitud
problem-not-a-session = Eso no es una sesión.
problem-session-not-revocable = Esa sesión no se puede cerrar desde aquí.
problem-no-error = No hay ningún error que mostrar.
problem-not-form-data = Los formularios deben enviarse como datos de formulario.
problem-too-large = La solicitud era demasiado grande.
problem-too-slow = La solicitud ha tardado demasiado en llegar. Vuelve a intentarlo.
problem-headers-too-large = La solicitud llevaba demasiados datos de encabezado, normalmente porque este sitio tiene demasiadas cookies o son demasiado grandes. Para solucionarlo, elimina las cookies de este sitio en la configuración de tu navegador.
problem-method-not-allowed = Esta dirección no acepta este tipo de solicitud.
problem-unreadable = No se ha podido leer la solicitud.
problem-unknown-language = Este idioma no está disponible.

## Errores de Kratos, explicados

error-detail-label = Respuesta del servicio de cuentas:
error-code = Error { $code }
error-code-with-id = Error { $code } ({ $id })
error-csrf-title = No se ha podido verificar tu solicitud
error-csrf-text = Por tu protección, se ha rechazado la solicitud: su token de seguridad (la comprobación CSRF) no coincidía con este navegador. Esto ocurre si las cookies están bloqueadas, si el formulario se abrió en otro navegador o en otra pestaña donde después se inició sesión, o tras volver a iniciar sesión. Vuelve a empezar.
error-return-to-title = Esa dirección de retorno no está permitida
error-return-to-text = El enlace quería llevarte, al terminar, a una dirección en la que este servicio no confía. Abre tu cuenta desde el servicio del que venías o vuelve a empezar aquí.
error-identity-mismatch-title = Este formulario pertenece a otra cuenta
error-identity-mismatch-text = El formulario que has usado lo inició una cuenta distinta de la que tiene la sesión iniciada ahora. Vuelve a empezar para obtener un formulario para tu cuenta.
error-already-signed-in-title = Ya tienes la sesión iniciada
error-already-signed-in-text = No hace falta volver a iniciar sesión. Ve a tu cuenta para continuar.
error-aal1-required-title = Primero inicia sesión
error-aal1-required-text = Solo puedes confirmar un segundo paso después de iniciar sesión. Inicia sesión y luego continúa.
error-inactive-title = No tienes la sesión iniciada
error-inactive-text = Tu sesión ha terminado o aún no has iniciado sesión. Inicia sesión y vuelve a intentarlo.
error-aal2-required-title = Se necesita un segundo paso
error-aal2-required-text = Tu cuenta está protegida con un segundo paso. Vuelve a iniciar sesión y confírmalo para continuar.
error-aal-fulfilled-title = Ya has confirmado el segundo paso
error-aal-fulfilled-text = No hay nada más que confirmar. Ve a tu cuenta para continuar.
error-refresh-required-title = Confirma que eres tú
error-refresh-required-text = Para hacer este cambio, tienes que haber iniciado sesión hace poco. Vuelve a iniciar sesión y repite el cambio.
error-verified-address-title = Primero verifica tu correo electrónico
error-verified-address-text = Para esto se necesita un correo electrónico verificado. Verifica el tuyo y vuelve a intentarlo.
error-flow-replaced-title = Este formulario se ha sustituido
error-flow-replaced-text = Un formulario más reciente ha ocupado su lugar, por ejemplo en otra pestaña. Vuelve a empezar.
error-flow-disabled-title = Esta función está desactivada
error-flow-disabled-text = El servicio de cuentas no ofrece esta función. Si crees que debería ofrecerla, ponte en contacto con los administradores del servicio.
error-location-change-title = Tu navegador tiene que ir a otra página
error-location-change-text = Este paso continúa en otra página, como la de tu proveedor de inicio de sesión. Vuelve a empezar desde tu cuenta.
error-flow-expired-title = Este formulario ha caducado
error-flow-expired-text = El formulario ha estado abierto demasiado tiempo. Vuelve a empezar para obtener uno nuevo.
error-unknown-title = Algo ha salido mal
error-unknown-text = El servicio de cuentas no ha podido completar tu solicitud. Vuelve a empezar.

## Títulos de los atributos del esquema de identidad. Una entrada solo se aplica mientras el
## título del esquema siga siendo su texto .source; así, un esquema modificado nunca muestra una
## traducción obsoleta.

trait-email = Correo electrónico
    .source = Email address
trait-name = Nombre completo
    .source = Full name
trait-phone = Número de teléfono
    .source = Phone number
trait-website = Sitio web
    .source = Website
trait-age = Edad
    .source = Age
trait-newsletter = Quiero recibir el boletín informativo
    .source = Send me the newsletter

## Galería (solo para desarrollo)

gallery-title = Galería de todos los estados
gallery-intro = Todos los estados de los flujos, capturados de un Kratos real y generados con el mismo renderizador que las páginas reales. Aquí los formularios no hacen nada.
gallery-contents = Índice
gallery-drawn-by = Generado por
gallery-show-where = Etiquetar cada parte con la vista que la genera
gallery-hide-where = Ocultar las etiquetas

## Apps que inician sesión a través de Ory Hydra (OAuth2 y OpenID Connect)

login-intro-app = Inicia sesión para continuar en { $app }.
reauth-intro-app = Confirma que eres tú para continuar en { $app }.
registration-intro-app = Crea tu cuenta para continuar en { $app }.
consent-title = ¿Permitir que { $app } use tu cuenta?
consent-intro = { $app } solicita acceso a tu cuenta { $account }. Elige qué puede ver y hacer; puedes retirarle el acceso en cualquier momento.
consent-scopes-legend = { $app } solicita permiso para:
consent-remember = Recordar mi decisión para esta app
consent-policy = Política de privacidad de { $app }
consent-terms = Condiciones de uso de { $app }
consent-accept = Permitir
consent-reject = Denegar
scope-openid = Saber quién eres (el ID de tu cuenta)
scope-email = Ver tu correo electrónico
scope-profile = Ver tu nombre y tu sitio web
scope-offline-access = Mantener el acceso aunque no estés usando la app
scope-offline = Mantener el acceso aunque no estés usando la app
scope-phone = Ver tu número de teléfono
scope-address = Ver tu dirección postal
scope-other = Usar “{ $scope }”
logout-app-title = ¿Cerrar sesión en { $app }?
logout-app-intro = También se cerrará la sesión de tu cuenta en este dispositivo.
logout-app-accept = Sí, cerrar sesión
logout-app-reject = No, mantener la sesión iniciada
apps-title = Apps con acceso
apps-intro = Estas apps pueden usar tu cuenta porque les has dado permiso. Si le retiras el acceso a una app, tendrá que volver a pedirlo.
apps-link = Ver las apps con acceso
apps-none = Ninguna app tiene acceso a tu cuenta.
apps-may = Puede:
apps-since = Autorizada el { $date }
apps-remove = Retirar el acceso a { $app }
notice-app-access-removed = Se ha retirado el acceso de la app.
problem-app-request-gone-title = Esta solicitud de una app ya no es válida
problem-app-request-gone-text = La solicitud de la app es desconocida, ya se ha respondido o ha caducado. Vuelve a la app y empieza de nuevo.
problem-other-account-title = Has iniciado sesión con otra cuenta
problem-other-account-text = La app ha preguntado por una cuenta distinta de la que tiene la sesión iniciada aquí. Cierra sesión y vuelve a empezar desde la app.
error-app-denied-title = La app no ha obtenido acceso
error-app-denied-text = Se ha denegado el acceso, así que la app no puede usar tu cuenta. Si quieres volver a intentarlo, vuelve a la app.
error-app-request-expired-title = La solicitud de la app ha caducado
error-app-request-expired-text = La solicitud de inicio de sesión de la app es demasiado antigua o ya se ha usado. Vuelve a la app y empieza de nuevo.
error-app-unavailable-title = Ahora mismo no es posible iniciar sesión en la app
error-app-unavailable-text = El servicio de inicio de sesión para apps ha tenido un problema. Vuelve a intentarlo en un momento.
error-app-invalid-title = No se puede procesar la solicitud de la app
error-app-invalid-text = La app ha enviado una solicitud que el servicio de inicio de sesión no puede aceptar. Es un problema de la app: avisa a sus desarrolladores.
login-as = Iniciando sesión como { $identifier }.
login-use-another-account = Usar otra cuenta
problem-registration-off-title = Aquí no es posible registrarse
problem-registration-off-text = En este servicio no se pueden crear cuentas nuevas. Si ya tienes una cuenta, inicia sesión; si no, consulta a los responsables de este servicio.
problem-recovery-off-title = Aquí no es posible recuperar la cuenta
problem-recovery-off-text = Este servicio no recupera cuentas por correo electrónico. Inicia sesión con otro método que hayas configurado o pide ayuda a los responsables de este servicio.
login-without-linking = Iniciar sesión sin vincularla
login-verify-address = Verificar ahora { $address }
login-verify-your-address = Verificar ahora tu correo electrónico

## Fechas, tal como las escribe la interfaz (por ejemplo, cuándo se autorizó una app). $day y $year
## llegan como cifras de la escritura del lector; $month es la entrada month-N, en la forma que necesita la fecha.

date = { $day } de { $month } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
