# kratos-htmx-ui: os textos próprios da interface, em português do Brasil (tratamento “você”).
# As mensagens do Kratos estão em kratos.ftl. Todo id daqui também precisa estar no ui.ftl de
# todos os outros idiomas (um teste de unidade verifica). Placeholders são escritos { $name }.

## Layout

skip-link = Pular para o conteúdo principal
sign-out = Sair
sign-out-instead = Em vez disso, sair
language-label = Idioma
language-submit = Mudar idioma
page-title = { $title } – { $product }

## Sign-in, sign-up, recovery, verification, sign-out

login-title = Entrar
login-intro = Entre para gerenciar sua conta.
reauth-title = Confirme que é você
reauth-intro = Para sua segurança, digite sua senha novamente antes de fazer esta alteração.
second-factor-title = Segunda etapa
second-factor-intro = Sua conta é protegida por uma segunda etapa. Confirme-a para continuar.
link-create-account = Criar conta
link-forgot-password = Esqueceu sua senha?
registration-title = Criar conta
registration-intro = Diga como podemos falar com você e depois escolha como quer entrar.
link-have-account = Já tem uma conta? Entrar
recovery-title = Recuperar sua conta
recovery-intro = Digite seu endereço de e-mail. Se ele pertencer a uma conta, enviaremos para ele um código para você entrar e definir uma nova senha.
link-back-to-sign-in = Voltar para o login
verification-title = Verificar seu endereço de e-mail
verification-intro = Digite o código que enviamos para seu e-mail. Não recebeu o código? Digite seu endereço para receber um novo.
link-go-to-account = Ir para sua conta
logout-title = Sair
logout-intro = Quer sair da sua conta neste dispositivo?

## Messages and fields

error-prefix = Erro:
error-summary-title = Há um problema
needs-javascript = “{ $label }” precisa de JavaScript, que está desativado neste navegador. Todo o resto desta página funciona sem ele.
copy = Copiar
copied = Copiado
download-as-text = Baixar como texto
copy-failed = Não foi possível copiar: selecione o texto manualmente
network-error = Não foi possível enviar suas alterações porque a conexão falhou. Verifique sua conexão e tente novamente.
webauthn-unavailable = Chaves de segurança e chaves de acesso não estão disponíveis neste navegador, ou não foi possível carregar o script do serviço de contas.

## Settings

settings-title = Configurações da conta
sessions-link = Ver onde sua conta está conectada
category-profile-title = Seu perfil
category-profile-intro = Os dados que sua conta guarda sobre você.
category-sign-in-title = Métodos de login
category-sign-in-intro = As formas que você pode usar para entrar na sua conta.
category-two-factor-title = Autenticação de dois fatores
category-two-factor-intro = Uma segunda etapa depois da senha mantém sua conta segura mesmo se a senha vazar.
category-other-title = Mais configurações
category-other-intro = Outras configurações do seu serviço de contas.
section-profile-title = Dados pessoais
section-profile-intro = Seu nome e como podemos falar com você.
section-password-title = Senha
section-password-intro = Escolha uma nova senha com pelo menos 8 caracteres. Você vai usá-la com seu endereço de e-mail para entrar.
section-oidc-title = Contas vinculadas
section-oidc-intro = Entre com uma conta que você já tem em outro serviço.
section-totp-title = App autenticador
section-totp-intro = Use um código de um app no seu celular como segunda etapa ao entrar.
section-lookup_secret-title = Códigos de backup
section-lookup_secret-intro = Códigos de uso único para quando você não puder usar sua outra segunda etapa. Os novos códigos só passam a valer depois que você os confirmar.
section-webauthn-title = Chaves de segurança
section-webauthn-intro = Use uma chave física ou seu dispositivo como segunda etapa ao entrar.
section-passkey-title = Chaves de acesso
section-passkey-intro = Entre sem senha, usando seu dispositivo.
section-other-intro = Mais configurações do seu serviço de contas.
verification-sent = Enviamos um código de verificação para { $address }.
verification-sent-unknown = Enviamos um código de verificação para seu endereço.
verification-enter-code = Digite o código para confirmar o endereço
unverified-address = O endereço { $address } ainda não foi verificado.
verify-it = Verificar agora

## Sessions

sessions-title = Onde sua conta está conectada
sessions-intro = Se você não reconhecer um dispositivo, desconecte-o e troque sua senha.
this-device = Este dispositivo
sign-device-out = Desconectar este dispositivo
no-other-sessions = Sua conta não está conectada em nenhum outro lugar.
sign-out-others = Desconectar todos os outros dispositivos
back-to-settings = Voltar para as configurações da conta
signed-in-when = Conectado { $when }
signed-in-from = de { $address }
browser-on-system = { $browser } no { $system }
program-on-system = Um programa no { $system }
unknown-program = Um programa desconhecido
unknown-device = Um dispositivo desconhecido
just-now = agora mesmo
minutes-ago = { $count ->
    [one] há { $count } minuto
   *[other] há { $count } minutos
}
hours-ago = { $count ->
    [one] há { $count } hora
   *[other] há { $count } horas
}
days-ago = { $count ->
    [one] há { $count } dia
   *[other] há { $count } dias
}

## Notices carried across a redirect

notice-flow-expired = Seu formulário expirou antes de ser enviado, então abrimos um novo. Nada foi alterado: digite suas alterações novamente.
notice-flow-restarted = Não era mais possível usar aquele formulário, então abrimos um novo. Nada foi alterado.
notice-session-revoked = O dispositivo foi desconectado.
notice-other-sessions-revoked = Todos os outros dispositivos foram desconectados.
notice-refused = O serviço de contas recusou sua solicitação.

## Problems on our side of the line

try-again = Tentar novamente
problem-unavailable-title = O serviço de contas não está disponível
problem-unavailable-text = Não conseguimos acessar o serviço que gerencia as contas. Tente novamente em instantes.
problem-malformed-flow-title = Este link não é válido
problem-malformed-flow-text = O endereço desta página está incompleto ou corrompido. Comece de novo pelas configurações da conta.
problem-flow-not-found-title = Este formulário não existe mais
problem-flow-not-found-text = O formulário que você abriu é desconhecido ou foi removido. Comece de novo para receber um novo.
problem-page-not-found-title = Página não encontrada
problem-page-not-found-text = Não há nenhuma página neste endereço. Confira o endereço ou acesse sua conta.
problem-cross-site-title = Esta solicitação veio de outro site
problem-cross-site-text = Para sua proteção, só é possível fazer alterações pelas páginas deste site. Nada foi alterado.
problem-bad-request-title = Não foi possível processar esta solicitação
problem-not-a-session = Isso não é uma sessão.
problem-session-not-revocable = Não é possível desconectar essa sessão aqui.
problem-no-error = Não há nenhum erro para mostrar.
problem-not-form-data = Os formulários precisam ser enviados como dados de formulário.
problem-too-large = A solicitação era grande demais.
problem-too-slow = A solicitação demorou demais para chegar. Tente novamente.
problem-headers-too-large = A solicitação trouxe dados de cabeçalho demais, geralmente cookies em excesso ou grandes demais para este site. Para resolver, apague os cookies deste site nas configurações do navegador.
problem-method-not-allowed = Este endereço não aceita este tipo de solicitação.
problem-unreadable = Não foi possível ler a solicitação.
problem-unknown-language = Este idioma não está disponível.

## Kratos errors, explained

error-detail-label = Resposta do serviço de contas:
error-code = Erro { $code }
error-code-with-id = Erro { $code } ({ $id })
error-csrf-title = Não foi possível verificar sua solicitação
error-csrf-text = Para sua proteção, a solicitação foi recusada: o token de segurança dela (a verificação CSRF) não corresponde a este navegador. Isso acontece quando os cookies estão bloqueados, quando o formulário foi aberto em outro navegador ou em outra aba em que houve um novo login desde então, ou depois que você entra novamente. Comece de novo.
error-return-to-title = Esse endereço de retorno não é permitido
error-return-to-text = O link pedia para levar você, ao final, a um endereço em que este serviço não confia. Abra sua conta pelo serviço de onde você veio ou comece de novo aqui.
error-identity-mismatch-title = Este formulário pertence a outra conta
error-identity-mismatch-text = O formulário que você usou foi aberto por uma conta diferente da que está conectada agora. Comece de novo para receber um formulário da sua conta.
error-already-signed-in-title = Você já entrou na sua conta
error-already-signed-in-text = Não é preciso entrar de novo. Siga para sua conta.
error-aal1-required-title = Entre primeiro
error-aal1-required-text = Só é possível confirmar uma segunda etapa depois de entrar. Entre e depois continue.
error-inactive-title = Sua sessão não está ativa
error-inactive-text = Sua sessão terminou ou você ainda não entrou. Entre e tente novamente.
error-aal2-required-title = É necessária uma segunda etapa
error-aal2-required-text = Sua conta é protegida por uma segunda etapa. Entre novamente e confirme-a para continuar.
error-aal-fulfilled-title = Você já confirmou a segunda etapa
error-aal-fulfilled-text = Não há mais nada a confirmar. Siga para sua conta.
error-refresh-required-title = Confirme que é você
error-refresh-required-text = Para fazer esta alteração, você precisa ter entrado recentemente. Entre novamente e repita a alteração.
error-verified-address-title = Verifique seu endereço de e-mail primeiro
error-verified-address-text = Isso exige um endereço de e-mail verificado. Verifique o seu e tente novamente.
error-flow-replaced-title = Este formulário foi substituído
error-flow-replaced-text = Um formulário mais recente tomou o lugar deste, por exemplo em outra aba. Comece de novo.
error-flow-disabled-title = Este recurso está desativado
error-flow-disabled-text = O serviço de contas não oferece este recurso. Se você acha que deveria, fale com os administradores do serviço.
error-location-change-title = Seu navegador precisa ir para outra página
error-location-change-text = Esta etapa continua em outra página, como a do seu provedor de login. Comece de novo pela sua conta.
error-flow-expired-title = Este formulário expirou
error-flow-expired-text = O formulário ficou aberto por tempo demais. Comece de novo para receber um novo.
error-unknown-title = Algo deu errado
error-unknown-text = O serviço de contas não conseguiu concluir sua solicitação. Comece de novo.

## Trait titles from the identity schema. An entry applies only while the schema's title is
## still its .source text, so a changed schema never shows a stale translation.

trait-email = Endereço de e-mail
    .source = Email address
trait-name = Nome completo
    .source = Full name
trait-phone = Número de telefone
    .source = Phone number
trait-website = Site
    .source = Website
trait-age = Idade
    .source = Age
trait-newsletter = Quero receber a newsletter
    .source = Send me the newsletter

## Gallery (development only)

gallery-title = Galeria de todos os estados
gallery-intro = Todos os estados de fluxo capturados de um Kratos real, exibidos pelo mesmo renderizador das páginas reais. Os formulários daqui não fazem nada.
gallery-contents = Conteúdo
gallery-drawn-by = Desenhado por
gallery-show-where = Rotular cada parte com a view que a desenha
gallery-hide-where = Ocultar os rótulos

## Apps that sign people in through Ory Hydra (OAuth2 and OpenID Connect)

login-intro-app = Entre para acessar { $app }.
reauth-intro-app = Confirme que é você para acessar { $app }.
registration-intro-app = Crie sua conta para acessar { $app }.
consent-title = Permitir que { $app } use sua conta?
consent-intro = { $app } está pedindo para usar sua conta { $account }. Escolha o que o app pode ver e fazer. Você pode remover o acesso dele a qualquer momento.
consent-scopes-legend = { $app } pede permissão para
consent-remember = Lembrar minha decisão para este app
consent-policy = Política de privacidade de { $app }
consent-terms = Termos de uso de { $app }
consent-accept = Permitir
consent-reject = Negar
scope-openid = Saber quem você é (o ID da sua conta)
scope-email = Ver seu endereço de e-mail
scope-profile = Ver seu nome e seu site
scope-offline-access = Manter o acesso mesmo quando você estiver ausente
scope-offline = Manter o acesso mesmo quando você estiver ausente
scope-phone = Ver seu número de telefone
scope-address = Ver seu endereço postal
scope-other = Usar “{ $scope }”
logout-app-title = Sair de { $app }?
logout-app-intro = Você também vai sair da sua conta neste dispositivo.
logout-app-accept = Sim, sair
logout-app-reject = Não, continuar na conta
apps-title = Apps com acesso
apps-intro = Estes apps podem usar sua conta porque você permitiu. Se você remover o acesso de um app, ele vai precisar pedir permissão de novo.
apps-link = Ver os apps com acesso
apps-none = Nenhum app tem acesso à sua conta.
apps-may = O app pode:
apps-since = Acesso permitido em { $date }
apps-remove = Remover o acesso de { $app }
notice-app-access-removed = O acesso do app foi removido.
problem-app-request-gone-title = Esta solicitação de um app não é mais válida
problem-app-request-gone-text = A solicitação do app é desconhecida, já foi respondida ou expirou. Volte ao app e comece de novo.
problem-other-account-title = Você entrou com outra conta
problem-other-account-text = O app solicitou uma conta diferente da que está conectada aqui. Saia e comece de novo pelo app.
error-app-denied-title = O app não recebeu acesso
error-app-denied-text = O acesso foi negado, então o app não pode usar sua conta. Volte ao app se quiser tentar de novo.
error-app-request-expired-title = A solicitação do app expirou
error-app-request-expired-text = A solicitação de login do app é antiga demais ou já foi usada. Volte ao app e comece de novo.
error-app-unavailable-title = Não é possível entrar no app agora
error-app-unavailable-text = O serviço de login para apps teve um problema. Tente novamente em instantes.
error-app-invalid-title = Não é possível processar a solicitação do app
error-app-invalid-text = O app enviou uma solicitação que o serviço de login não pode aceitar. O problema está no app: avise quem o desenvolve.
login-as = Entrando como { $identifier }.
login-use-another-account = Usar outra conta
problem-registration-off-title = Não é possível criar contas aqui
problem-registration-off-text = Não é possível criar novas contas neste serviço. Se você já tem uma conta, entre; se não tiver, fale com os responsáveis por este serviço.
problem-recovery-off-title = A recuperação de conta não está disponível aqui
problem-recovery-off-text = Este serviço não recupera contas por e-mail. Entre com outro método que você configurou ou peça ajuda aos responsáveis por este serviço.
login-without-linking = Entrar sem vincular a conta
login-verify-address = Verificar { $address } agora
login-verify-your-address = Verificar seu endereço de e-mail agora

## Dates, as the UI writes them (for example when an app was allowed). $year arrives as the
## digits of the reader's script, $day as a number (shown in those digits too; select on it for
## a form of its own, as French does for the first); $month is the month-N entry, in the form
## the date needs.

date = { $day } de { $month } de { $year }
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro
