# kratos-htmx-ui: the UI's own texts, in Japanese (日本語、です・ます調).
# Kratos's messages are in kratos.ftl. Every id here must also be in every other language's
# ui.ftl (a unit test checks). Placeholders are written { $name }.
# 用語：sign in＝ログイン、sign out＝ログアウト、sign up＝新規登録／アカウントを作成、
# verification＝確認、recovery＝アカウントの復旧、second step＝2段階認証。

## Layout

skip-link = メインコンテンツにスキップ
sign-out = ログアウト
sign-out-instead = 代わりにログアウトする
language-label = 言語
language-submit = 言語を変更
page-title = { $title } – { $product }

## Sign-in, sign-up, recovery, verification, sign-out

login-title = ログイン
login-intro = アカウントを管理するには、ログインしてください。
reauth-title = 本人確認
reauth-intro = セキュリティ保護のため、この変更を行う前にもう一度パスワードを入力してください。
second-factor-title = 2段階認証
second-factor-intro = このアカウントは2段階認証で保護されています。続行するには、認証を完了してください。
link-create-account = アカウントを作成
link-forgot-password = パスワードをお忘れですか？
registration-title = アカウントを作成
registration-intro = 連絡先を入力してから、ログイン方法を選んでください。
link-have-account = すでにアカウントをお持ちですか？ログイン
recovery-title = アカウントの復旧
recovery-intro = メールアドレスを入力してください。アカウントに登録されているアドレスであれば、ログイン用のコードをお送りします。ログイン後に新しいパスワードを設定できます。
link-back-to-sign-in = ログインに戻る
verification-title = メールアドレスの確認
verification-intro = メールアドレスに送信したコードを入力してください。コードが届いていない場合は、メールアドレスを入力すると新しいコードをお送りします。
link-go-to-account = アカウントページに移動
logout-title = ログアウト
logout-intro = このデバイスでアカウントからログアウトしますか？

## Messages and fields

error-prefix = エラー：
error-summary-title = 問題があります
needs-javascript = 「{ $label }」を使用するにはJavaScriptが必要ですが、このブラウザではJavaScriptが無効になっています。このページのほかの機能は、JavaScriptがなくても使用できます。
copy = コピー
copied = コピーしました
download-as-text = テキストファイルとしてダウンロード
copy-failed = コピーできませんでした。テキストを選択してコピーしてください
network-error = 接続に失敗したため、変更内容を送信できませんでした。接続状況を確認して、もう一度お試しください。
webauthn-unavailable = このブラウザではセキュリティキーとパスキーを使用できないか、アカウント管理サービスのスクリプトを読み込めませんでした。

## Settings

settings-title = アカウント設定
sessions-link = ログイン中のデバイスを表示
category-profile-title = プロフィール
category-profile-intro = アカウントに登録されているあなたの情報です。
category-sign-in-title = ログイン方法
category-sign-in-intro = アカウントへのログインに使用できる方法です。
category-two-factor-title = 2段階認証
category-two-factor-intro = パスワードに加えてもう一段階の認証を行うことで、パスワードが漏洩してもアカウントを安全に保てます。
category-other-title = その他の設定
category-other-intro = アカウント管理サービスのその他の設定です。
section-profile-title = 個人情報
section-profile-intro = お名前と連絡先です。
section-password-title = パスワード
section-password-intro = 8文字以上の新しいパスワードを設定してください。ログインには、このパスワードとメールアドレスを使用します。
section-oidc-title = 連携アカウント
section-oidc-intro = ほかのサービスでお持ちのアカウントを使ってログインできます。
section-totp-title = 認証アプリ
section-totp-intro = ログイン時の2段階認証に、スマートフォンのアプリに表示されるコードを使用します。
section-lookup_secret-title = バックアップコード
section-lookup_secret-intro = ほかの2段階認証の方法を使えないときに使用する、1回限りのコードです。新しいコードは、確定した時点で有効になります。
section-webauthn-title = セキュリティキー
section-webauthn-intro = ログイン時の2段階認証に、ハードウェアキーまたはお使いのデバイスを使用します。
section-passkey-title = パスキー
section-passkey-intro = パスワードを使わずに、お使いのデバイスでログインできます。
section-other-intro = アカウント管理サービスのその他の設定です。
verification-sent = { $address }に確認コードを送信しました。
verification-sent-unknown = ご登録のアドレスに確認コードを送信しました。
verification-enter-code = コードを入力して確認する
unverified-address = { $address }はまだ確認されていません。
verify-it = 確認する

## Sessions

sessions-title = ログイン中のデバイス
sessions-intro = 見覚えのないデバイスがある場合は、そのデバイスからログアウトして、パスワードを変更してください。
this-device = このデバイス
sign-device-out = このデバイスからログアウト
no-other-sessions = ほかのデバイスではログインしていません。
sign-out-others = ほかのすべてのデバイスからログアウト
back-to-settings = アカウント設定に戻る
signed-in-when = ログイン：{ $when }
signed-in-from = 接続元：{ $address }
browser-on-system = { $system }の{ $browser }
program-on-system = { $system }のプログラム
unknown-program = 不明なプログラム
unknown-device = 不明なデバイス
just-now = たった今
minutes-ago = { $count }分前
hours-ago = { $count }時間前
days-ago = { $count }日前

## Notices carried across a redirect

notice-flow-expired = フォームの有効期限が送信前に切れたため、新しいフォームを用意しました。変更は保存されていません。もう一度入力してください。
notice-flow-restarted = 前のフォームは使用できなくなったため、新しいフォームを用意しました。変更は行われていません。
notice-session-revoked = そのデバイスからログアウトしました。
notice-other-sessions-revoked = ほかのすべてのデバイスからログアウトしました。
notice-refused = アカウント管理サービスがリクエストを拒否しました。

## Problems on our side of the line

try-again = もう一度試す
problem-unavailable-title = アカウント管理サービスを利用できません
problem-unavailable-text = アカウントを管理するサービスに接続できませんでした。しばらくしてから、もう一度お試しください。
problem-malformed-flow-title = このリンクは無効です
problem-malformed-flow-text = このページのアドレスが不完全か、破損しています。アカウント設定からやり直してください。
problem-flow-not-found-title = このフォームはもう存在しません
problem-flow-not-found-text = 開いたフォームが見つからないか、削除されています。やり直して、新しいフォームを開いてください。
problem-page-not-found-title = ページが見つかりません
problem-page-not-found-text = このアドレスにはページがありません。アドレスを確認するか、アカウントページに移動してください。
problem-cross-site-title = このリクエストは別のサイトから送信されました
problem-cross-site-text = 安全のため、変更はこのサイトのページからのみ行えます。変更は行われていません。
problem-bad-request-title = このリクエストを処理できませんでした
problem-not-a-session = 指定されたものはセッションではありません。
problem-session-not-revocable = このセッションは、ここからはログアウトできません。
problem-no-error = 表示するエラーはありません。
problem-not-form-data = フォームはフォームデータとして送信する必要があります。
problem-too-large = リクエストが大きすぎます。
problem-too-slow = リクエストの受信に時間がかかりすぎました。もう一度お試しください。
problem-headers-too-large = リクエストのヘッダーデータが多すぎます。通常は、このサイトのCookieの数が多すぎるか、サイズが大きすぎることが原因です。ブラウザの設定でこのサイトのCookieを削除すると解決します。
problem-method-not-allowed = このアドレスでは、この種類のリクエストは受け付けていません。
problem-unreadable = リクエストを読み取れませんでした。
problem-unknown-language = この言語には対応していません。

## Kratos errors, explained

error-detail-label = アカウント管理サービスからのメッセージ：
error-code = エラーコード：{ $code }
error-code-with-id = エラーコード：{ $code }（{ $id }）
error-csrf-title = リクエストを検証できませんでした
error-csrf-text = 安全のため、リクエストは拒否されました。リクエストのセキュリティトークン（CSRFチェック）が、このブラウザと一致しませんでした。この問題は、Cookieがブロックされている場合、フォームを別のブラウザやタブで開いていて、そちらでその後ログインした場合、または再ログインした後に発生します。最初からやり直してください。
error-return-to-title = この戻り先アドレスは許可されていません
error-return-to-text = このリンクは、操作の完了後に、このサービスが信頼していないアドレスへ移動するよう指定していました。利用していたサービスからアカウントページを開くか、ここで最初からやり直してください。
error-identity-mismatch-title = このフォームは別のアカウントのものです
error-identity-mismatch-text = 使用したフォームは、現在ログインしているアカウントとは別のアカウントで開始されたものです。やり直して、ご自身のアカウント用のフォームを開いてください。
error-already-signed-in-title = すでにログインしています
error-already-signed-in-text = もう一度ログインする必要はありません。アカウントページに進んでください。
error-aal1-required-title = まずログインしてください
error-aal1-required-text = 2段階認証は、ログイン後にのみ行えます。ログインしてから続行してください。
error-inactive-title = ログインしていません
error-inactive-text = セッションが終了したか、まだログインしていません。ログインしてから、もう一度お試しください。
error-aal2-required-title = 2段階認証が必要です
error-aal2-required-text = このアカウントは2段階認証で保護されています。続行するには、もう一度ログインして認証を完了してください。
error-aal-fulfilled-title = 2段階認証はすでに完了しています
error-aal-fulfilled-text = これ以上の認証は必要ありません。アカウントページに進んでください。
error-refresh-required-title = 本人確認を行ってください
error-refresh-required-text = この変更を行うには、最近ログインしている必要があります。もう一度ログインしてから、変更をやり直してください。
error-verified-address-title = まずメールアドレスを確認してください
error-verified-address-text = この操作には、確認済みのメールアドレスが必要です。メールアドレスを確認してから、もう一度お試しください。
error-flow-replaced-title = このフォームは置き換えられました
error-flow-replaced-text = 別のタブなどで新しいフォームが開かれたため、このフォームは使用できなくなりました。最初からやり直してください。
error-flow-disabled-title = この機能は無効になっています
error-flow-disabled-text = アカウント管理サービスでは、この機能を提供していません。必要な場合は、サービスの管理者にお問い合わせください。
error-location-change-title = 別のページへの移動が必要です
error-location-change-text = この手順は、ログインに使用する外部サービスなど、別のページで続きます。アカウントページに戻って、最初からやり直してください。
error-flow-expired-title = このフォームの有効期限が切れました
error-flow-expired-text = フォームを開いてから時間が経ちすぎました。やり直して、新しいフォームを開いてください。
error-unknown-title = 問題が発生しました
error-unknown-text = アカウント管理サービスでリクエストを完了できませんでした。最初からやり直してください。

## Trait titles from the identity schema. An entry applies only while the schema's title is
## still its .source text, so a changed schema never shows a stale translation.

trait-email = メールアドレス
    .source = Email address
trait-name = 氏名
    .source = Full name
trait-phone = 電話番号
    .source = Phone number
trait-website = ウェブサイト
    .source = Website
trait-age = 年齢
    .source = Age
trait-newsletter = ニュースレターを受け取る
    .source = Send me the newsletter

## Gallery (development only)

gallery-title = すべての状態のギャラリー
gallery-intro = 実際のKratosから取得したすべてのフロー状態を、本番のページと同じレンダラーで表示しています。ここにあるフォームは動作しません。
gallery-contents = 目次
gallery-drawn-by = 描画元
gallery-show-where = 各部分に描画しているビューを表示する
gallery-hide-where = ラベルを隠す

## Apps that sign people in through Ory Hydra (OAuth2 and OpenID Connect)

login-intro-app = { $app }に進むには、ログインしてください。
reauth-intro-app = { $app }に進むには、本人確認を行ってください。
registration-intro-app = { $app }に進むには、アカウントを作成してください。
consent-title = { $app }にアカウントの使用を許可しますか？
consent-intro = { $app }が、あなたのアカウント（{ $account }）の使用を求めています。許可する内容を選んでください。アクセス権はいつでも取り消せます。
consent-scopes-legend = { $app }が求めているアクセス権
consent-remember = このアプリに対する選択を記憶する
consent-policy = { $app }のプライバシーポリシー
consent-terms = { $app }の利用規約
consent-accept = 許可
consent-reject = 拒否
scope-openid = あなたが誰であるかの確認（アカウントID）
scope-email = メールアドレスの参照
scope-profile = お名前とウェブサイトの参照
scope-offline-access = 利用していない間も接続を維持
scope-offline = 利用していない間も接続を維持
scope-phone = 電話番号の参照
scope-address = 住所の参照
scope-other = 「{ $scope }」の使用
logout-app-title = { $app }からログアウトしますか？
logout-app-intro = このデバイスでは、アカウントからもログアウトします。
logout-app-accept = はい、ログアウトします
logout-app-reject = いいえ、ログインしたままにします
apps-title = アクセスを許可したアプリ
apps-intro = 以下のアプリには、アカウントの使用を許可しています。アクセス権を取り消すと、そのアプリは改めて許可を求める必要があります。
apps-link = アクセスを許可したアプリを表示
apps-none = アカウントへのアクセスを許可したアプリはありません。
apps-may = 許可している内容：
apps-since = 許可した日：{ $date }
apps-remove = { $app }のアクセス権を取り消す
notice-app-access-removed = アプリのアクセス権を取り消しました。
problem-app-request-gone-title = アプリからのこのリクエストは無効になっています
problem-app-request-gone-text = アプリのリクエストが見つからないか、すでに応答済みか、有効期限が切れています。アプリに戻って、最初からやり直してください。
problem-other-account-title = 別のアカウントでログインしています
problem-other-account-text = アプリが指定したアカウントは、ここでログインしているアカウントとは異なります。ログアウトしてから、アプリで最初からやり直してください。
error-app-denied-title = アプリのアクセスは許可されませんでした
error-app-denied-text = アクセスが拒否されたため、アプリはあなたのアカウントを使用できません。もう一度試す場合は、アプリに戻ってください。
error-app-request-expired-title = アプリのリクエストの有効期限が切れました
error-app-request-expired-text = アプリのログインリクエストが古すぎるか、すでに使用されています。アプリに戻って、最初からやり直してください。
error-app-unavailable-title = 現在、アプリにログインできません
error-app-unavailable-text = アプリ用のログインサービスで問題が発生しました。しばらくしてから、もう一度お試しください。
error-app-invalid-title = アプリのリクエストを処理できません
error-app-invalid-text = アプリから、ログインサービスが受け付けられないリクエストが送信されました。これはアプリ側の問題です。アプリの開発元にお知らせください。
login-as = { $identifier }でログインします。
login-use-another-account = 別のアカウントを使用
problem-registration-off-title = ここでは新規登録を受け付けていません
problem-registration-off-text = このサービスでは、新しいアカウントを作成できません。すでにアカウントをお持ちの場合はログインしてください。お持ちでない場合は、このサービスの運営者にお問い合わせください。
problem-recovery-off-title = ここではアカウントの復旧を受け付けていません
problem-recovery-off-text = このサービスでは、メールによるアカウントの復旧を行っていません。設定済みの別の方法でログインするか、このサービスの運営者にお問い合わせください。
login-without-linking = 連携せずにログイン
login-verify-address = { $address }を今すぐ確認
login-verify-your-address = メールアドレスを今すぐ確認

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
