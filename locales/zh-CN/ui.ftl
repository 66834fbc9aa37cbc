# kratos-htmx-ui：界面自身的文本，简体中文（中国大陆）。
# 称呼统一使用“您”；标点使用全角（，。：；？！“ ”（）），拉丁字母、数字和占位符两侧留一个空格，
# 日期按中文习惯紧凑书写（例如 2025年3月7日）。
# Kratos 的消息在 kratos.ftl 中。这里的每个 id 也必须出现在其他每种语言的 ui.ftl 中（有单元测试检查）。
# 占位符写作 { $name }。

## Layout

skip-link = 跳到主要内容
sign-out = 退出登录
sign-out-instead = 放弃并退出登录
language-label = 语言
language-submit = 切换语言
page-title = { $title } – { $product }

## Sign-in, sign-up, recovery, verification, sign-out

login-title = 登录
login-intro = 登录以管理您的账号。
reauth-title = 确认是您本人
reauth-intro = 为了您的账号安全，请在进行此更改前再次输入密码。
second-factor-title = 第二步验证
second-factor-intro = 您的账号已启用第二步验证。请完成验证以继续。
link-create-account = 创建账号
link-forgot-password = 忘记密码？
registration-title = 创建账号
registration-intro = 请告诉我们如何联系您，然后选择您的登录方式。
link-have-account = 已有账号？立即登录
recovery-title = 恢复账号
recovery-intro = 请输入您的邮箱地址。如果该地址属于某个账号，我们会向其发送一个验证码，供您登录后设置新密码。
link-back-to-sign-in = 返回登录
verification-title = 验证邮箱地址
verification-intro = 请输入我们发送到您邮箱的验证码。没有收到？请输入您的邮箱地址以获取新的验证码。
link-go-to-account = 前往您的账号
logout-title = 退出登录
logout-intro = 确定要在此设备上退出登录吗？

## Messages and fields

error-prefix = 错误：
error-summary-title = 出现问题
needs-javascript = “{ $label }”需要 JavaScript，但此浏览器已关闭 JavaScript。此页面上的其他功能无需 JavaScript 即可使用。
copy = 复制
copied = 已复制
download-as-text = 下载为文本文件
copy-failed = 复制失败：请手动选择文本
network-error = 无法发送您的更改：连接失败。请检查网络连接后重试。
webauthn-unavailable = 此浏览器不支持安全密钥和通行密钥，或者无法加载账号服务的脚本。

## Settings

settings-title = 账号设置
sessions-link = 查看已登录的设备
category-profile-title = 个人资料
category-profile-intro = 您的账号中保存的关于您的信息。
category-sign-in-title = 登录方式
category-sign-in-intro = 您可以通过以下方式登录账号。
category-two-factor-title = 两步验证
category-two-factor-intro = 在输入密码后再进行一步验证，即使密码泄露，您的账号也能保持安全。
category-other-title = 更多设置
category-other-intro = 账号服务提供的其他设置。
section-profile-title = 个人信息
section-profile-intro = 您的姓名和联系方式。
section-password-title = 密码
section-password-intro = 请设置一个至少包含 8 个字符的新密码。您将使用它和您的邮箱地址登录。
section-oidc-title = 关联账号
section-oidc-intro = 使用您在其他平台已有的账号登录。
section-totp-title = 身份验证器应用
section-totp-intro = 登录时，使用手机上的应用生成的验证码完成第二步验证。
section-lookup_secret-title = 备用码
section-lookup_secret-intro = 一次性验证码，供您无法使用其他第二步验证方式时使用。新的备用码需经您确认后才会生效。
section-webauthn-title = 安全密钥
section-webauthn-intro = 登录时，使用硬件密钥或您的设备完成第二步验证。
section-passkey-title = 通行密钥
section-passkey-intro = 使用您的设备登录，无需密码。
section-other-intro = 账号服务提供的更多设置。
verification-sent = 我们已向 { $address } 发送验证码。
verification-sent-unknown = 我们已向您的地址发送验证码。
verification-enter-code = 输入验证码以完成验证
unverified-address = { $address } 尚未验证。
verify-it = 立即验证

## Sessions

sessions-title = 已登录的设备
sessions-intro = 如果发现不认识的设备，请让其退出登录，并更改您的密码。
this-device = 本设备
sign-device-out = 让该设备退出登录
no-other-sessions = 您没有在其他设备上登录。
sign-out-others = 让所有其他设备退出登录
back-to-settings = 返回账号设置
signed-in-when = { $when }登录
signed-in-from = 来自 { $address }
browser-on-system = { $system } 上的 { $browser }
program-on-system = { $system } 上的某个程序
unknown-program = 未知程序
unknown-device = 未知设备
just-now = 刚刚
minutes-ago = { $count } 分钟前
hours-ago = { $count } 小时前
days-ago = { $count } 天前

## Notices carried across a redirect

notice-flow-expired = 表单在提交前已过期，我们已为您重新创建一个。您的更改均未生效：请重新输入。
notice-flow-restarted = 该表单已无法使用，我们已为您重新创建一个。未做任何更改。
notice-session-revoked = 该设备已退出登录。
notice-other-sessions-revoked = 所有其他设备均已退出登录。
notice-refused = 账号服务拒绝了您的请求。

## Problems on our side of the line

try-again = 重试
problem-unavailable-title = 账号服务暂不可用
problem-unavailable-text = 我们无法连接到管理账号的服务。请稍后重试。
problem-malformed-flow-title = 此链接无效
problem-malformed-flow-text = 此页面的地址不完整或已损坏。请从账号设置重新开始。
problem-flow-not-found-title = 此表单已不存在
problem-flow-not-found-text = 无法识别您打开的表单，或者它已被删除。请重新开始以获取新的表单。
problem-page-not-found-title = 找不到页面
problem-page-not-found-text = 此地址下没有任何页面。请检查地址，或前往您的账号。
problem-cross-site-title = 此请求来自其他网站
problem-cross-site-text = 为保护您的安全，只能通过本网站自己的页面进行更改。未做任何更改。
problem-bad-request-title = 无法处理此请求
problem-not-a-session = 这不是有效的会话。
problem-session-not-revocable = 无法在此处让该会话退出登录。
problem-no-error = 没有可显示的错误。
problem-not-form-data = 表单必须以表单数据格式提交。
problem-too-large = 请求过大。
problem-too-slow = 请求传输超时。请重试。
problem-headers-too-large = 请求携带的标头数据过多，通常是因为此网站的 Cookie 过多或过大。在浏览器设置中删除此网站的 Cookie 即可解决。
problem-method-not-allowed = 此地址不接受此类请求。
problem-unreadable = 无法读取该请求。
problem-unknown-language = 暂不支持此语言。

## Kratos errors, explained

error-detail-label = 账号服务返回的信息：
error-code = 错误 { $code }
error-code-with-id = 错误 { $code }（{ $id }）
error-csrf-title = 无法验证您的请求
error-csrf-text = 为保护您的安全，此请求已被拒绝：其安全令牌（CSRF 校验）与此浏览器不匹配。如果 Cookie 被阻止、表单是在其他浏览器或标签页中打开且该处之后有过登录，或者您重新登录过，就会出现这种情况。请重新开始。
error-return-to-title = 不允许使用该返回地址
error-return-to-text = 该链接要求在您完成操作后将您转到一个此服务不信任的地址。请回到您之前使用的服务，从那里打开账号页面，或在此处重新开始。
error-identity-mismatch-title = 此表单属于另一个账号
error-identity-mismatch-text = 您使用的表单是由另一个账号发起的，而不是当前登录的账号。请重新开始，以获取适用于您账号的表单。
error-already-signed-in-title = 您已登录
error-already-signed-in-text = 无需再次登录。请继续前往您的账号。
error-aal1-required-title = 请先登录
error-aal1-required-text = 只有在登录后才能完成第二步验证。请先登录，然后继续。
error-inactive-title = 您尚未登录
error-inactive-text = 您的登录已失效，或者您尚未登录。请登录后重试。
error-aal2-required-title = 需要完成第二步验证
error-aal2-required-text = 您的账号已启用第二步验证。请重新登录并完成验证以继续。
error-aal-fulfilled-title = 您已完成第二步验证
error-aal-fulfilled-text = 无需再进行任何确认。请继续前往您的账号。
error-refresh-required-title = 请确认是您本人
error-refresh-required-text = 进行此更改需要您最近登录过。请重新登录，然后再次操作。
error-verified-address-title = 请先验证您的邮箱地址
error-verified-address-text = 此操作需要已验证的邮箱地址。请验证您的邮箱地址后重试。
error-flow-replaced-title = 此表单已被替换
error-flow-replaced-text = 已有更新的表单取代了此表单（例如在其他标签页中）。请重新开始。
error-flow-disabled-title = 此功能已关闭
error-flow-disabled-text = 账号服务未提供此功能。如果您认为应当提供，请联系该服务的管理员。
error-location-change-title = 您的浏览器需要跳转到其他页面
error-location-change-text = 此步骤需在其他页面上继续，例如您的登录服务提供方。请从您的账号重新开始。
error-flow-expired-title = 此表单已过期
error-flow-expired-text = 表单打开的时间过长。请重新开始以获取新的表单。
error-unknown-title = 出错了
error-unknown-text = 账号服务无法完成您的请求。请重新开始。

## Trait titles from the identity schema. An entry applies only while the schema's title is
## still its .source text, so a changed schema never shows a stale translation.

trait-email = 邮箱地址
    .source = Email address
trait-name = 姓名
    .source = Full name
trait-phone = 手机号码
    .source = Phone number
trait-website = 网站
    .source = Website
trait-age = 年龄
    .source = Age
trait-newsletter = 向我发送新闻通讯
    .source = Send me the newsletter

## Gallery (development only)

gallery-title = 所有状态一览
gallery-intro = 此处展示从真实 Kratos 中捕获的每一种流程状态，由与正式页面相同的渲染器绘制。此处的表单不会执行任何操作。
gallery-contents = 目录
gallery-drawn-by = 绘制来源
gallery-show-where = 为每个部分标注绘制它的视图
gallery-hide-where = 隐藏标注

## Apps that sign people in through Ory Hydra (OAuth2 and OpenID Connect)

login-intro-app = 登录以继续使用 { $app }。
reauth-intro-app = 请确认是您本人，以继续使用 { $app }。
registration-intro-app = 创建账号以继续使用 { $app }。
consent-title = 要允许 { $app } 使用您的账号吗？
consent-intro = { $app } 请求使用您的账号 { $account }。请选择允许它查看和执行的内容；您可以随时撤销它的访问权限。
consent-scopes-legend = { $app } 请求以下权限：
consent-remember = 记住我对此应用的选择
consent-policy = { $app } 的隐私政策
consent-terms = { $app } 的服务条款
consent-accept = 允许
consent-reject = 拒绝
scope-openid = 识别您的身份（您的账号 ID）
scope-email = 查看您的邮箱地址
scope-profile = 查看您的姓名和网站
scope-offline-access = 在您离线时保持连接
scope-offline = 在您离线时保持连接
scope-phone = 查看您的手机号码
scope-address = 查看您的邮寄地址
scope-other = 使用“{ $scope }”
logout-app-title = 要退出 { $app } 吗？
logout-app-intro = 您也将在此设备上退出账号登录。
logout-app-accept = 是，退出登录
logout-app-reject = 否，保持登录
apps-title = 已授权的应用
apps-intro = 这些应用已获得您的授权，可以使用您的账号。撤销某个应用的访问权限后，它需要重新请求授权。
apps-link = 查看已授权的应用
apps-none = 目前没有应用有权访问您的账号。
apps-may = 它可以：
apps-since = 授权时间：{ $date }
apps-remove = 撤销 { $app } 的访问权限
notice-app-access-removed = 已撤销该应用的访问权限。
problem-app-request-gone-title = 该应用的请求已失效
problem-app-request-gone-text = 无法识别该应用的请求，或者该请求已被处理或已过期。请返回该应用并重新开始。
problem-other-account-title = 您已使用其他账号登录
problem-other-account-text = 该应用询问的账号与此处当前登录的账号不同。请退出登录，然后从该应用重新开始。
error-app-denied-title = 该应用未获得访问权限
error-app-denied-text = 访问已被拒绝，因此该应用无法使用您的账号。如需重试，请返回该应用。
error-app-request-expired-title = 该应用的请求已过期
error-app-request-expired-text = 该应用的登录请求已过期或已被使用。请返回该应用并重新开始。
error-app-unavailable-title = 目前无法登录该应用
error-app-unavailable-text = 应用登录服务出现问题。请稍后重试。
error-app-invalid-title = 无法处理该应用的请求
error-app-invalid-text = 该应用发送的请求无法被登录服务接受。这是该应用自身的问题：请告知其开发者。
login-as = 正在以 { $identifier } 的身份登录。
login-use-another-account = 使用其他账号
problem-registration-off-title = 此处不开放注册
problem-registration-off-text = 此服务无法创建新账号。如果您已有账号，请直接登录；否则，请联系此服务的运营方。
problem-recovery-off-title = 此处不支持恢复账号
problem-recovery-off-text = 此服务不支持通过邮箱恢复账号。请使用您已设置的其他方式登录，或向此服务的运营方寻求帮助。
login-without-linking = 仅登录，不关联该账号
login-verify-address = 立即验证 { $address }
login-verify-your-address = 立即验证您的邮箱地址

## Dates, as the UI writes them (for example when an app was allowed). $year arrives as the
## digits of the reader's script, $day as a number (shown in those digits too; select on it for
## a form of its own, as French does for the first); $month is the month-N entry, in the form
## the date needs.

date = { $year }年{ $month }{ $day }日
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月
