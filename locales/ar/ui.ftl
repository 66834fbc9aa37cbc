# kratos-htmx-ui: نصوص الواجهة نفسها، باللغة العربية الفصحى المعاصرة (لجميع المناطق الناطقة بالعربية).
# الأسلوب: فصحى رسمية موحّدة؛ تُستعمل المصادر وصيغة المبني للمجهول بدل مخاطبة المذكّر أو المؤنث
# حيثما أمكن، وإلا فالمذكّر العام. رسائل Kratos في kratos.ftl. كل معرّف هنا يجب أن يوجد أيضًا في
# ui.ftl لكل لغة أخرى (يتحقق من ذلك اختبار وحدة). تُكتب العناصر النائبة بالشكل { $name }.

## إطار الصفحة

skip-link = الانتقال إلى المحتوى الرئيسي
sign-out = تسجيل الخروج
sign-out-instead = تسجيل الخروج بدلًا من ذلك
language-label = اللغة
language-submit = تغيير اللغة
page-title = { $title } – { $product }

## تسجيل الدخول، وإنشاء الحساب، والاسترداد، والتحقق، وتسجيل الخروج

login-title = تسجيل الدخول
login-intro = يمكنك إدارة حسابك بعد تسجيل الدخول.
reauth-title = تأكيد هويتك
reauth-intro = حرصًا على أمانك، يُرجى إدخال كلمة المرور مرة أخرى قبل إجراء هذا التغيير.
second-factor-title = الخطوة الثانية
second-factor-intro = حسابك محميّ بخطوة تحقق ثانية. يُرجى تأكيدها للمتابعة.
link-create-account = إنشاء حساب
link-forgot-password = هل نسيت كلمة المرور؟
registration-title = إنشاء حساب
registration-intro = يُرجى تزويدنا بوسيلة للتواصل معك، ثم اختيار طريقة تسجيل الدخول.
link-have-account = لديك حساب بالفعل؟ تسجيل الدخول
recovery-title = استرداد حسابك
recovery-intro = يُرجى إدخال عنوان بريدك الإلكتروني. إذا كان مرتبطًا بحساب، فسنرسل إليه رمزًا يتيح لك تسجيل الدخول وتعيين كلمة مرور جديدة.
link-back-to-sign-in = العودة إلى تسجيل الدخول
verification-title = التحقق من عنوان بريدك الإلكتروني
verification-intro = يُرجى إدخال الرمز الذي أرسلناه إلى عنوان بريدك الإلكتروني. لم يصلك الرمز؟ يمكنك إدخال عنوانك للحصول على رمز جديد.
link-go-to-account = الانتقال إلى حسابك
logout-title = تسجيل الخروج
logout-intro = هل تريد تسجيل الخروج من حسابك على هذا الجهاز؟

## الرسائل والحقول

error-prefix = خطأ:
error-summary-title = توجد مشكلة
needs-javascript = يتطلّب «{ $label }» تقنية JavaScript، وهي معطّلة في هذا المتصفح. أمّا بقية هذه الصفحة فتعمل بدونها.
copy = نسخ
copied = تم النسخ
download-as-text = تنزيل كملف نصي
copy-failed = تعذّر النسخ: يُرجى تحديد النص ونسخه يدويًا
network-error = تعذّر إرسال تغييراتك بسبب فشل الاتصال. يُرجى التحقق من اتصالك والمحاولة مرة أخرى.
webauthn-unavailable = مفاتيح الأمان ومفاتيح المرور غير متاحة في هذا المتصفح، أو تعذّر تحميل البرنامج النصي لخدمة الحسابات.

## الإعدادات

settings-title = إعدادات الحساب
sessions-link = عرض الأجهزة التي سجّلت الدخول منها
category-profile-title = ملفك الشخصي
category-profile-intro = البيانات التي يحتفظ بها حسابك عنك.
category-sign-in-title = طرق تسجيل الدخول
category-sign-in-intro = الطرق التي يمكنك بها تسجيل الدخول إلى حسابك.
category-two-factor-title = المصادقة الثنائية
category-two-factor-intro = تحمي الخطوة الثانية بعد كلمة المرور حسابك حتى لو تسرّبت كلمة المرور.
category-other-title = إعدادات إضافية
category-other-intro = إعدادات أخرى تقدّمها خدمة الحسابات.
section-profile-title = البيانات الشخصية
section-profile-intro = اسمك ووسائل التواصل معك.
section-password-title = كلمة المرور
section-password-intro = يُرجى اختيار كلمة مرور جديدة من ثمانية أحرف على الأقل. ستستخدمها مع عنوان بريدك الإلكتروني لتسجيل الدخول.
section-oidc-title = الحسابات المرتبطة
section-oidc-intro = تسجيل الدخول باستخدام حساب لديك على خدمة أخرى.
section-totp-title = تطبيق المصادقة
section-totp-intro = استخدام رمز من تطبيق على هاتفك خطوةً ثانيةً عند تسجيل الدخول.
section-lookup_secret-title = الرموز الاحتياطية
section-lookup_secret-intro = رموز صالحة لمرة واحدة، تُستخدم عندما يتعذّر عليك استخدام خطوتك الثانية الأخرى. لا تصبح الرموز الجديدة صالحة إلا بعد تأكيدها.
section-webauthn-title = مفاتيح الأمان
section-webauthn-intro = استخدام مفتاح أمان مادي أو جهازك خطوةً ثانيةً عند تسجيل الدخول.
section-passkey-title = مفاتيح المرور
section-passkey-intro = تسجيل الدخول دون كلمة مرور باستخدام جهازك.
section-other-intro = مزيد من الإعدادات التي تقدّمها خدمة الحسابات.
verification-sent = أرسلنا رمز تحقق إلى { $address }.
verification-sent-unknown = أرسلنا رمز تحقق إلى عنوانك.
verification-enter-code = إدخال الرمز للتحقق منه
unverified-address = لم يتم التحقق من { $address } بعد.
verify-it = التحقق منه

## الجلسات

sessions-title = الأجهزة التي سجّلت الدخول منها
sessions-intro = إذا وجدت جهازًا لا تعرفه، فننصحك بتسجيل خروجه ثم تغيير كلمة المرور.
this-device = هذا الجهاز
sign-device-out = تسجيل خروج هذا الجهاز
no-other-sessions = لا يوجد تسجيل دخول إلى حسابك في أي مكان آخر.
sign-out-others = تسجيل خروج جميع الأجهزة الأخرى
back-to-settings = العودة إلى إعدادات حسابك
signed-in-when = تم تسجيل الدخول { $when }
signed-in-from = من { $address }
browser-on-system = { $browser } على { $system }
program-on-system = برنامج على { $system }
unknown-program = برنامج غير معروف
unknown-device = جهاز غير معروف
just-now = للتو
minutes-ago = { $count ->
    [zero] منذ { $count } دقيقة
    [one] منذ دقيقة
    [two] منذ دقيقتين
    [few] منذ { $count } دقائق
    [many] منذ { $count } دقيقة
   *[other] منذ { $count } دقيقة
}
hours-ago = { $count ->
    [zero] منذ { $count } ساعة
    [one] منذ ساعة
    [two] منذ ساعتين
    [few] منذ { $count } ساعات
    [many] منذ { $count } ساعة
   *[other] منذ { $count } ساعة
}
days-ago = { $count ->
    [zero] منذ { $count } يوم
    [one] منذ يوم
    [two] منذ يومين
    [few] منذ { $count } أيام
    [many] منذ { $count } يومًا
   *[other] منذ { $count } يوم
}

## إشعارات تُنقل عبر إعادة التوجيه

notice-flow-expired = انتهت صلاحية النموذج قبل إرساله، فأنشأنا لك نموذجًا جديدًا. لم يتغيّر شيء: يُرجى إدخال تغييراتك مرة أخرى.
notice-flow-restarted = لم يعد من الممكن استخدام ذلك النموذج، فأنشأنا لك نموذجًا جديدًا. لم يتغيّر شيء.
notice-session-revoked = تم تسجيل خروج ذلك الجهاز.
notice-other-sessions-revoked = تم تسجيل خروج جميع الأجهزة الأخرى.
notice-refused = رفضت خدمة الحسابات طلبك.

## مشكلات من جانبنا

try-again = إعادة المحاولة
problem-unavailable-title = خدمة الحسابات غير متاحة
problem-unavailable-text = تعذّر علينا الوصول إلى الخدمة التي تدير الحسابات. يُرجى المحاولة مرة أخرى بعد قليل.
problem-malformed-flow-title = هذا الرابط غير صالح
problem-malformed-flow-text = عنوان هذه الصفحة ناقص أو تالف. يُرجى البدء من جديد من إعدادات حسابك.
problem-flow-not-found-title = هذا النموذج لم يعد موجودًا
problem-flow-not-found-text = النموذج الذي فتحته غير معروف أو تمت إزالته. يُرجى البدء من جديد للحصول على نموذج جديد.
problem-page-not-found-title = الصفحة غير موجودة
problem-page-not-found-text = لا توجد صفحة على هذا العنوان. يُرجى التحقق من العنوان، أو الانتقال إلى حسابك.
problem-cross-site-title = هذا الطلب صادر من موقع آخر
problem-cross-site-text = حرصًا على حمايتك، لا يمكن إجراء التغييرات إلا من صفحات هذا الموقع نفسه. لم يتغيّر شيء.
problem-bad-request-title = تعذّرت معالجة هذا الطلب
problem-not-a-session = هذه ليست جلسة.
problem-session-not-revocable = لا يمكن تسجيل خروج تلك الجلسة من هنا.
problem-no-error = لا يوجد خطأ لعرضه.
problem-not-form-data = يجب إرسال النماذج بصيغة بيانات نموذج (form data).
problem-too-large = الطلب كبير جدًا.
problem-too-slow = استغرق وصول الطلب وقتًا طويلًا جدًا. يُرجى المحاولة مرة أخرى.
problem-headers-too-large = يحمل الطلب بيانات ترويسة أكثر من اللازم، والسبب غالبًا كثرة ملفات تعريف الارتباط (cookies) لهذا الموقع أو كبر حجمها. ويساعد حذف ملفات تعريف الارتباط لهذا الموقع من إعدادات المتصفح على حل المشكلة.
problem-method-not-allowed = لا يقبل هذا العنوان هذا النوع من الطلبات.
problem-unreadable = تعذّرت قراءة الطلب.
problem-unknown-language = هذه اللغة غير متوفرة.

## أخطاء Kratos مشروحة

error-detail-label = رسالة خدمة الحسابات:
error-code = خطأ { $code }
error-code-with-id = خطأ { $code } ({ $id })
error-csrf-title = تعذّر التحقق من طلبك
error-csrf-text = حرصًا على حمايتك، رُفض الطلب لأن رمز الحماية الخاص به (فحص CSRF) لا يطابق هذا المتصفح. يحدث ذلك عند حظر ملفات تعريف الارتباط، أو عند فتح النموذج في متصفح آخر أو علامة تبويب أخرى جرى فيها تسجيل الدخول لاحقًا، أو بعد تسجيل الدخول مرة أخرى. يُرجى البدء من جديد.
error-return-to-title = عنوان العودة هذا غير مسموح به
error-return-to-text = طلب الرابط توجيهك بعد الانتهاء إلى عنوان لا تثق به هذه الخدمة. يُرجى فتح حسابك من الخدمة التي جئت منها، أو البدء من جديد هنا.
error-identity-mismatch-title = هذا النموذج يخص حسابًا آخر
error-identity-mismatch-text = النموذج الذي استخدمته بدأه حساب غير الحساب الذي سُجّل الدخول إليه الآن. يُرجى البدء من جديد للحصول على نموذج خاص بحسابك.
error-already-signed-in-title = تم تسجيل دخولك بالفعل
error-already-signed-in-text = لا حاجة إلى تسجيل الدخول مرة أخرى. يمكنك المتابعة إلى حسابك.
error-aal1-required-title = يُرجى تسجيل الدخول أولًا
error-aal1-required-text = لا يمكن تأكيد الخطوة الثانية إلا بعد تسجيل الدخول. يُرجى تسجيل الدخول ثم المتابعة.
error-inactive-title = لم يتم تسجيل دخولك
error-inactive-text = انتهت جلستك أو لم تسجّل الدخول بعد. يُرجى تسجيل الدخول ثم المحاولة مرة أخرى.
error-aal2-required-title = يلزم إتمام خطوة ثانية
error-aal2-required-text = حسابك محميّ بخطوة تحقق ثانية. يُرجى تسجيل الدخول مرة أخرى وتأكيدها للمتابعة.
error-aal-fulfilled-title = تم تأكيد الخطوة الثانية بالفعل
error-aal-fulfilled-text = لا يوجد ما يلزم تأكيده. يمكنك المتابعة إلى حسابك.
error-refresh-required-title = يُرجى تأكيد هويتك
error-refresh-required-text = يتطلّب هذا التغيير أن يكون تسجيل دخولك حديثًا. يُرجى تسجيل الدخول مرة أخرى ثم تكرار التغيير.
error-verified-address-title = يُرجى التحقق من عنوان بريدك الإلكتروني أولًا
error-verified-address-text = يتطلّب ذلك عنوان بريد إلكتروني تم التحقق منه. يُرجى التحقق من عنوانك ثم المحاولة مرة أخرى.
error-flow-replaced-title = تم استبدال هذا النموذج
error-flow-replaced-text = حلّ محلّ هذا النموذج نموذجٌ أحدث، في علامة تبويب أخرى مثلًا. يُرجى البدء من جديد.
error-flow-disabled-title = هذه الميزة معطّلة
error-flow-disabled-text = لا تقدّم خدمة الحسابات هذه الميزة. إذا كنت ترى أنها ينبغي أن تكون متاحة، فيُرجى التواصل مع مسؤولي الخدمة.
error-location-change-title = يجب أن ينتقل متصفحك إلى صفحة أخرى
error-location-change-text = تُستكمل هذه الخطوة في صفحة أخرى، مثل صفحة مزوّد تسجيل الدخول. يُرجى البدء من جديد من حسابك.
error-flow-expired-title = انتهت صلاحية هذا النموذج
error-flow-expired-text = ظلّ النموذج مفتوحًا مدة طويلة جدًا. يُرجى البدء من جديد للحصول على نموذج جديد.
error-unknown-title = حدث خطأ ما
error-unknown-text = تعذّر على خدمة الحسابات إتمام طلبك. يُرجى البدء من جديد.

## عناوين السمات من مخطط الهوية. لا يسري الإدخال إلا ما دام عنوان السمة في المخطط مطابقًا لنص
## السمة .source، فلا يُعرض أبدًا نص مترجم قديم بعد تغيير المخطط.

trait-email = عنوان البريد الإلكتروني
    .source = Email address
trait-name = الاسم الكامل
    .source = Full name
trait-phone = رقم الهاتف
    .source = Phone number
trait-website = الموقع الإلكتروني
    .source = Website
trait-age = العمر
    .source = Age
trait-newsletter = أرغب في تلقّي النشرة الإخبارية
    .source = Send me the newsletter

## المعرض (للتطوير فقط)

gallery-title = معرض جميع الحالات
gallery-intro = جميع حالات المسارات كما التُقطت من خادم Kratos حقيقي، ومعروضة بالمحرّك نفسه الذي يعرض الصفحات الفعلية. النماذج هنا لا تنفّذ أي إجراء.
gallery-contents = المحتويات
gallery-drawn-by = مرسومة بواسطة
gallery-show-where = وسم كل جزء بالعرض الذي يرسمه
gallery-hide-where = إخفاء الوسوم

## تطبيقات تسجّل دخول المستخدمين عبر Ory Hydra (OAuth2 وOpenID Connect)

login-intro-app = يمكنك المتابعة إلى { $app } بعد تسجيل الدخول.
reauth-intro-app = يُرجى تأكيد هويتك للمتابعة إلى { $app }.
registration-intro-app = يُرجى إنشاء حسابك للمتابعة إلى { $app }.
consent-title = هل تسمح للتطبيق { $app } باستخدام حسابك؟
consent-intro = يطلب التطبيق { $app } استخدام حسابك { $account }. يُرجى تحديد ما يُسمح له برؤيته وفعله، ويمكنك إلغاء وصوله في أي وقت.
consent-scopes-legend = يطلب التطبيق { $app } الإذن بما يلي:
consent-remember = تذكُّر قراري لهذا التطبيق
consent-policy = سياسة خصوصية { $app }
consent-terms = شروط استخدام { $app }
consent-accept = سماح
consent-reject = رفض
scope-openid = معرفة هويتك (معرّف حسابك)
scope-email = الاطلاع على عنوان بريدك الإلكتروني
scope-profile = الاطلاع على اسمك وموقعك الإلكتروني
scope-offline-access = البقاء على اتصال حتى في أثناء غيابك
scope-offline = البقاء على اتصال حتى في أثناء غيابك
scope-phone = الاطلاع على رقم هاتفك
scope-address = الاطلاع على عنوانك البريدي
scope-other = استخدام «{ $scope }»
logout-app-title = هل تريد تسجيل الخروج من { $app }؟
logout-app-intro = سيتم أيضًا تسجيل خروجك من حسابك على هذا الجهاز.
logout-app-accept = نعم، تسجيل الخروج
logout-app-reject = لا، إبقاء تسجيل الدخول
apps-title = التطبيقات المصرّح لها بالوصول
apps-intro = يمكن لهذه التطبيقات استخدام حسابك لأنك سمحت لها بذلك. وإذا ألغيت وصول أحدها، فسيتعيّن عليه طلب الإذن من جديد.
apps-link = عرض التطبيقات المصرّح لها بالوصول
apps-none = لا يوجد تطبيق مصرّح له بالوصول إلى حسابك.
apps-may = يُسمح له بما يلي:
apps-since = تاريخ منح الإذن: { $date }
apps-remove = إلغاء وصول التطبيق { $app }
notice-app-access-removed = تم إلغاء وصول التطبيق.
problem-app-request-gone-title = لم يعد طلب التطبيق هذا صالحًا
problem-app-request-gone-text = طلب التطبيق غير معروف، أو سبقت الإجابة عنه، أو انتهت صلاحيته. يُرجى العودة إلى التطبيق والبدء من جديد.
problem-other-account-title = تم تسجيل دخولك بحساب آخر
problem-other-account-text = يتعلّق طلب التطبيق بحساب غير الحساب الذي سُجّل الدخول إليه هنا. يُرجى تسجيل الخروج، ثم البدء من جديد من التطبيق.
error-app-denied-title = لم يحصل التطبيق على إذن الوصول
error-app-denied-text = تم رفض الوصول، لذا لا يمكن للتطبيق استخدام حسابك. يمكنك العودة إلى التطبيق إذا أردت المحاولة مرة أخرى.
error-app-request-expired-title = انتهت صلاحية طلب التطبيق
error-app-request-expired-text = طلب تسجيل الدخول الوارد من التطبيق قديم جدًا أو سبق استخدامه. يُرجى العودة إلى التطبيق والبدء من جديد.
error-app-unavailable-title = يتعذّر تسجيل الدخول إلى التطبيق حاليًا
error-app-unavailable-text = حدثت مشكلة في خدمة تسجيل الدخول الخاصة بالتطبيقات. يُرجى المحاولة مرة أخرى بعد قليل.
error-app-invalid-title = تتعذّر معالجة طلب التطبيق
error-app-invalid-text = أرسل التطبيق طلبًا لا تستطيع خدمة تسجيل الدخول قبوله. هذه مشكلة في التطبيق نفسه: يُرجى إبلاغ الجهة المطوّرة له.
login-as = جارٍ تسجيل الدخول باسم { $identifier }.
login-use-another-account = استخدام حساب آخر
problem-registration-off-title = إنشاء الحسابات غير متاح هنا
problem-registration-off-text = لا يمكن إنشاء حسابات جديدة في هذه الخدمة. إذا كان لديك حساب بالفعل، فيُرجى تسجيل الدخول؛ وإلا فيُرجى التواصل مع القائمين على هذه الخدمة.
problem-recovery-off-title = استرداد الحساب غير متاح هنا
problem-recovery-off-text = لا تتيح هذه الخدمة استرداد الحسابات عبر البريد الإلكتروني. يُرجى تسجيل الدخول بطريقة أخرى سبق أن أعددتها، أو طلب المساعدة من القائمين على هذه الخدمة.
login-without-linking = تسجيل الدخول دون إضافة ذلك الحساب
login-verify-address = التحقق من { $address } الآن
login-verify-your-address = التحقق من عنوان بريدك الإلكتروني الآن

## التواريخ كما تكتبها الواجهة (مثل تاريخ السماح لتطبيق ما). يصل $day و$year أرقامًا بخط
## القارئ؛ و$month هو الإدخال month-N بالصيغة التي يحتاجها التاريخ.

date = { $day } { $month } { $year }
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
