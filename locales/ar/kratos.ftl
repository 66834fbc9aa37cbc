### Kratos UI messages, Arabic (Modern Standard Arabic, for all Arabic-speaking regions).
### Register: formal MSA; neutral forms (verbal nouns, passive) instead of gendered address
### where they read naturally, otherwise the generic masculine.
###
### One entry per message id defined in Ory Kratos v1.3.1 `text/id.go`
### (labels 1070xxx, info 10xxxxx, errors 4xxxxxx and 5xxxxxx); the entry name is
### `kratos-<numeric id>`. The comment above each entry gives the Kratos constant
### name and the keys of the message's `context`.
###
### Placeholders: every `context` key of the Kratos message is passed as a Fluent
### variable of the same name. Strings arrive as strings, numbers as numbers,
### arrays are joined with ", " into one string, nested objects are not passed.
### Time values (expiry, "used at", "added at") are deliberately not shown.
###
### An id that is missing here falls back to Kratos's own
### English `text` at runtime (i.e. the user sees English).

# InfoSelfServiceLoginRoot; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1010000 = تسجيل الدخول

# InfoSelfServiceLogin; context: none
kratos-1010001 = تسجيل الدخول

# InfoSelfServiceLoginWith; context: provider (string), provider_id (string)
kratos-1010002 = تسجيل الدخول باستخدام { $provider }

# InfoSelfServiceLoginReAuth; context: none
kratos-1010003 = يُرجى تأكيد هويتك لإتمام هذا الإجراء.

# InfoSelfServiceLoginMFA; context: none
kratos-1010004 = يُرجى إكمال الخطوة الثانية لتسجيل الدخول.

# InfoSelfServiceLoginVerify; context: none
kratos-1010005 = التحقق

# InfoSelfServiceLoginTOTPLabel; context: none
kratos-1010006 = رمز تطبيق المصادقة

# InfoLoginLookupLabel; context: none
kratos-1010007 = رمز احتياطي

# InfoSelfServiceLoginWebAuthn; context: none
kratos-1010008 = تسجيل الدخول باستخدام مفتاح أمان

# InfoLoginTOTP; context: none
kratos-1010009 = استخدام تطبيق المصادقة

# InfoLoginLookup; context: none
kratos-1010010 = استخدام رمز احتياطي

# InfoSelfServiceLoginContinueWebAuthn; context: none
kratos-1010011 = تسجيل الدخول باستخدام مفتاح أمان

# InfoSelfServiceLoginWebAuthnPasswordless; context: none
kratos-1010012 = يُرجى تجهيز مفتاح الأمان أو جهاز القياس الحيوي (مثل قارئ بصمة الإصبع)، ثم اختيار «متابعة».

# InfoSelfServiceLoginContinue; context: none
kratos-1010013 = متابعة

# InfoSelfServiceLoginEmailWithCodeSent; context: none
kratos-1010014 = أرسلنا رمزًا إلى عنوان البريد الإلكتروني الذي أدخلته. إذا لم يصلك، فيُرجى التأكد من صحة كتابة العنوان ثم محاولة تسجيل الدخول مرة أخرى.

# InfoSelfServiceLoginCode; context: none
kratos-1010015 = إرسال رمز لتسجيل الدخول

# InfoSelfServiceLoginLink; context: duplicateIdentifier (string), duplicate_identifier (string), provider (string), newLoginUrl (string), new_login_url (string), available_credential_types (array), available_providers (array)
kratos-1010016 = عنوان البريد الإلكتروني «{ $duplicate_identifier }» مرتبط بحساب موجود بالفعل. يُرجى تسجيل الدخول إلى ذلك الحساب بإحدى الطرق أدناه، وبعد ذلك سيُضاف حسابك على { $provider } طريقةً أخرى لتسجيل الدخول.

# InfoSelfServiceLoginAndLink; context: none
kratos-1010017 = تسجيل الدخول والربط

# InfoSelfServiceLoginWithAndLink; context: provider (string)
kratos-1010018 = التأكيد عبر { $provider }

# InfoSelfServiceLoginCodeMFA; context: none
kratos-1010019 = الحصول على رمز للمتابعة

# InfoSelfServiceLoginCodeMFAHint; context: none (declared but not emitted by Kratos v1.3.1)
kratos-1010020 = للتأكد من أن هذا العنوان يخصّك، يُرجى إدخاله كاملًا.

# InfoSelfServiceLoginPasskey; context: none
kratos-1010021 = تسجيل الدخول باستخدام مفتاح مرور

# InfoSelfServiceLoginPassword; context: none
kratos-1010022 = تسجيل الدخول باستخدام كلمة المرور

# InfoSelfServiceLoginAAL2CodeAddress; context: address (string), channel (string: email or sms)
kratos-1010023 = إرسال الرمز إلى { $address }

# InfoSelfServiceLogout; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1020000 = تسجيل الخروج

# InfoSelfServiceMFA; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1030000 = خطوة إضافية لتسجيل الدخول

# InfoSelfServiceRegistrationRoot; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1040000 = إنشاء حساب

# InfoSelfServiceRegistration; context: none
kratos-1040001 = إنشاء حساب

# InfoSelfServiceRegistrationWith; context: provider (string), provider_id (string)
kratos-1040002 = إنشاء حساب باستخدام { $provider }

# InfoSelfServiceRegistrationContinue; context: none
kratos-1040003 = متابعة

# InfoSelfServiceRegistrationRegisterWebAuthn; context: none
kratos-1040004 = إنشاء حساب باستخدام مفتاح أمان

# InfoSelfServiceRegistrationEmailWithCodeSent; context: none
kratos-1040005 = أرسلنا رمزًا إلى عنوان البريد الإلكتروني الذي أدخلته. إذا لم يصلك، فيُرجى التأكد من صحة كتابة العنوان ثم محاولة إنشاء الحساب مرة أخرى.

# InfoSelfServiceRegistrationRegisterCode; context: none
kratos-1040006 = إرسال رمز لإنشاء الحساب

# InfoSelfServiceRegistrationRegisterPasskey; context: none
kratos-1040007 = إنشاء حساب باستخدام مفتاح مرور

# InfoSelfServiceRegistrationBack; context: none
kratos-1040008 = رجوع

# InfoSelfServiceRegistrationChooseCredentials; context: none
kratos-1040009 = يُرجى اختيار الطريقة التي تفضّلها لتسجيل الدخول.

# InfoSelfServiceSettings; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1050000 = إعدادات الحساب

# InfoSelfServiceSettingsUpdateSuccess; context: none
kratos-1050001 = تم حفظ تغييراتك.

# InfoSelfServiceSettingsUpdateLinkOidc; context: provider (string)
kratos-1050002 = ربط حساب { $provider }

# InfoSelfServiceSettingsUpdateUnlinkOidc; context: provider (string)
kratos-1050003 = إلغاء ربط حساب { $provider }

# InfoSelfServiceSettingsUpdateUnlinkTOTP; context: none
kratos-1050004 = إزالة تطبيق المصادقة

# InfoSelfServiceSettingsTOTPQRCode; context: none
kratos-1050005 = رمز QR لتطبيق المصادقة

# InfoSelfServiceSettingsTOTPSecret; context: secret (string); shown in a text node, passthrough
kratos-1050006 = { $secret }

# InfoSelfServiceSettingsRevealLookup; context: none
kratos-1050007 = عرض الرموز الاحتياطية

# InfoSelfServiceSettingsRegenerateLookup; context: none
kratos-1050008 = إنشاء رموز احتياطية جديدة

# InfoSelfServiceSettingsLookupSecret; context: secret (string); one backup code, passthrough
kratos-1050009 = { $secret }

# InfoSelfServiceSettingsLookupSecretLabel; context: none
kratos-1050010 = هذه رموزك الاحتياطية. يُرجى الاحتفاظ بها في مكان آمن.

# InfoSelfServiceSettingsLookupConfirm; context: none
kratos-1050011 = تأكيد الرموز الاحتياطية

# InfoSelfServiceSettingsRegisterWebAuthn; context: none
kratos-1050012 = إضافة مفتاح أمان

# InfoSelfServiceSettingsRegisterWebAuthnDisplayName; context: none
kratos-1050013 = اسم مفتاح الأمان

# InfoSelfServiceSettingsLookupSecretUsed; context: used_at (time as RFC 3339 string), used_at_unix (number)
kratos-1050014 = مُستخدَم مسبقًا

# InfoSelfServiceSettingsLookupSecretList; context: secrets (array of objects: nested 1050009/1050014 messages); passthrough, best rendered item by item
kratos-1050015 = { $secrets }

# InfoSelfServiceSettingsDisableLookup; context: none
kratos-1050016 = تعطيل هذه الطريقة

# InfoSelfServiceSettingsTOTPSecretLabel; context: none
kratos-1050017 = هل يتعذّر مسح رمز QR؟ يمكنك بدلًا من ذلك إدخال هذا المفتاح السري في تطبيق المصادقة.

# InfoSelfServiceSettingsRemoveWebAuthn; context: display_name (string), added_at (time as RFC 3339 string), added_at_unix (number)
kratos-1050018 = إزالة مفتاح الأمان «{ $display_name }»

# InfoSelfServiceSettingsRegisterPasskey; context: none
kratos-1050019 = إضافة مفتاح مرور

# InfoSelfServiceSettingsRemovePasskey; context: display_name (string), added_at (time as RFC 3339 string), added_at_unix (number)
kratos-1050020 = إزالة مفتاح المرور «{ $display_name }»

# InfoSelfServiceRecovery; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1060000 = استرداد الحساب

# InfoSelfServiceRecoverySuccessful; context: privilegedSessionExpiresAt (time as RFC 3339 string), privileged_session_expires_at (time as RFC 3339 string), privileged_session_expires_at_unix (number)
kratos-1060001 = تم استرداد حسابك. يُرجى الآن تعيين كلمة مرور جديدة أو إضافة طريقة أخرى لتسجيل الدخول (مثل حساب على إحدى منصات التواصل الاجتماعي)، فهذا متاح لفترة قصيرة فقط.

# InfoSelfServiceRecoveryEmailSent; context: none
kratos-1060002 = أرسلنا رابط استرداد إلى عنوان البريد الإلكتروني الذي أدخلته. إذا لم يصلك، فيُرجى التأكد من صحة كتابة العنوان ومن أنه العنوان الذي أنشأت به حسابك.

# InfoSelfServiceRecoveryEmailWithCodeSent; context: none
kratos-1060003 = أرسلنا رمز استرداد إلى عنوان البريد الإلكتروني الذي أدخلته. إذا لم يصلك، فيُرجى التأكد من صحة كتابة العنوان ومن أنه العنوان الذي أنشأت به حسابك.

# InfoNodeLabel; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1070000 = حقل

# InfoNodeLabelInputPassword; context: none
kratos-1070001 = كلمة المرور

# InfoNodeLabelGenerated; context: title (string: title from the identity schema); passthrough
kratos-1070002 = { $title }

# InfoNodeLabelSave; context: none
kratos-1070003 = حفظ

# InfoNodeLabelID; context: none
kratos-1070004 = المعرّف

# InfoNodeLabelSubmit; context: none
kratos-1070005 = إرسال

# InfoNodeLabelVerifyOTP; context: none
kratos-1070006 = تأكيد الرمز

# InfoNodeLabelEmail; context: none
kratos-1070007 = البريد الإلكتروني

# InfoNodeLabelResendOTP; context: none
kratos-1070008 = إعادة إرسال الرمز

# InfoNodeLabelContinue; context: none
kratos-1070009 = متابعة

# InfoNodeLabelRecoveryCode; context: none
kratos-1070010 = رمز الاسترداد

# InfoNodeLabelVerificationCode; context: none
kratos-1070011 = رمز التحقق

# InfoNodeLabelRegistrationCode; context: none
kratos-1070012 = رمز إنشاء الحساب

# InfoNodeLabelLoginCode; context: none
kratos-1070013 = رمز تسجيل الدخول

# InfoNodeLabelLoginAndLinkCredential; context: none
kratos-1070014 = تسجيل الدخول وربط الحساب

# InfoNodeLabelCaptcha; context: none
kratos-1070015 = للمتابعة، يُرجى إكمال اختبار CAPTCHA.

# InfoSelfServiceVerification; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-1080000 = التحقق من العنوان

# InfoSelfServiceVerificationEmailSent; context: none
kratos-1080001 = أرسلنا رابط تحقق إلى عنوان البريد الإلكتروني الذي أدخلته. إذا لم يصلك، فيُرجى التأكد من صحة كتابة العنوان ومن أنه العنوان الذي أنشأت به حسابك.

# InfoSelfServiceVerificationSuccessful; context: none
kratos-1080002 = تم التحقق من عنوان بريدك الإلكتروني.

# InfoSelfServiceVerificationEmailWithCodeSent; context: none
kratos-1080003 = أرسلنا رمز تحقق إلى عنوان البريد الإلكتروني الذي أدخلته. إذا لم يصلك، فيُرجى التأكد من صحة كتابة العنوان ومن أنه العنوان الذي أنشأت به حسابك.

# ErrorValidation; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4000000 = يُرجى مراجعة البيانات المُدخلة.

# ErrorValidationGeneric; context: reason (string: English text from Kratos, not shown: it is not Arabic)
kratos-4000001 = هذه القيمة غير صالحة. يُرجى مراجعة البيانات المُدخلة.

# ErrorValidationRequired; context: property (string: name of the missing field, not shown: the message sits under the field and the error summary names its label)
kratos-4000002 = يُرجى ملء هذا الحقل.

# ErrorValidationMinLength; context: min_length (number), actual_length (number)
kratos-4000003 =
    { $min_length ->
        [zero] يُرجى إدخال { $min_length } حرف على الأقل (عدد الأحرف المُدخلة: { $actual_length }).
        [one] يُرجى إدخال حرف واحد على الأقل (عدد الأحرف المُدخلة: { $actual_length }).
        [two] يُرجى إدخال حرفين على الأقل (عدد الأحرف المُدخلة: { $actual_length }).
        [few] يُرجى إدخال { $min_length } أحرف على الأقل (عدد الأحرف المُدخلة: { $actual_length }).
        [many] يُرجى إدخال { $min_length } حرفًا على الأقل (عدد الأحرف المُدخلة: { $actual_length }).
       *[other] يُرجى إدخال { $min_length } حرف على الأقل (عدد الأحرف المُدخلة: { $actual_length }).
    }

# ErrorValidationInvalidFormat; context: pattern (string: regular expression)
kratos-4000004 = القيمة ليست بالتنسيق المطلوب (النمط: { $pattern }).

# ErrorValidationPasswordPolicyViolationGeneric; context: reason (string: English text from Kratos, not shown: it is not Arabic)
kratos-4000005 = لا يمكن استخدام كلمة المرور هذه. يُرجى اختيار كلمة مرور أخرى.

# ErrorValidationInvalidCredentials; context: none
kratos-4000006 = بيانات تسجيل الدخول غير صحيحة. يُرجى التأكد من خلوّ كلمة المرور واسم المستخدم أو عنوان البريد الإلكتروني أو رقم الهاتف من الأخطاء الإملائية.

# ErrorValidationDuplicateCredentials; context: none
kratos-4000007 = يوجد بالفعل حساب بعنوان البريد الإلكتروني أو رقم الهاتف أو اسم المستخدم هذا.

# ErrorValidationTOTPVerifierWrong; context: none
kratos-4000008 = رمز تطبيق المصادقة غير صحيح. يُرجى المحاولة مرة أخرى.

# ErrorValidationIdentifierMissing; context: none
kratos-4000009 = لم يُعثر على معرّف لتسجيل الدخول (مثل عنوان البريد الإلكتروني أو اسم المستخدم). يُرجى التأكد من إدخاله. وإذا كان قد أُدخل، فقد يكون إعداد الخادم غير صحيح.

# ErrorValidationAddressNotVerified; context: none
kratos-4000010 = حسابك غير مفعّل بعد. هل تحققت من عنوان بريدك الإلكتروني؟

# ErrorValidationNoTOTPDevice; context: none
kratos-4000011 = لم يتم إعداد تطبيق مصادقة لحسابك.

# ErrorValidationLookupAlreadyUsed; context: none
kratos-4000012 = سبق استخدام هذا الرمز الاحتياطي.

# ErrorValidationNoWebAuthnDevice; context: none
kratos-4000013 = لم يتم إعداد مفتاح أمان لحسابك.

# ErrorValidationNoLookup; context: none
kratos-4000014 = لم يتم إعداد رموز احتياطية لحسابك.

# ErrorValidationSuchNoWebAuthnUser; context: none
kratos-4000015 = هذا الحساب غير موجود، أو لم يتم إعداد مفتاح أمان له.

# ErrorValidationLookupInvalid; context: none
kratos-4000016 = هذا الرمز الاحتياطي غير صالح.

# ErrorValidationMaxLength; context: max_length (number), actual_length (number)
kratos-4000017 =
    { $max_length ->
        [zero] يُرجى إدخال ما لا يزيد على { $max_length } حرف (عدد الأحرف المُدخلة: { $actual_length }).
        [one] يُرجى إدخال ما لا يزيد على حرف واحد (عدد الأحرف المُدخلة: { $actual_length }).
        [two] يُرجى إدخال ما لا يزيد على حرفين (عدد الأحرف المُدخلة: { $actual_length }).
        [few] يُرجى إدخال ما لا يزيد على { $max_length } أحرف (عدد الأحرف المُدخلة: { $actual_length }).
        [many] يُرجى إدخال ما لا يزيد على { $max_length } حرفًا (عدد الأحرف المُدخلة: { $actual_length }).
       *[other] يُرجى إدخال ما لا يزيد على { $max_length } حرف (عدد الأحرف المُدخلة: { $actual_length }).
    }

# ErrorValidationMinimum; context: minimum (number), actual (number)
kratos-4000018 = يجب أن تكون القيمة { $minimum } أو أكثر (القيمة المُدخلة: { $actual }).

# ErrorValidationExclusiveMinimum; context: minimum (number), actual (number)
kratos-4000019 = يجب أن تكون القيمة أكبر من { $minimum } (القيمة المُدخلة: { $actual }).

# ErrorValidationMaximum; context: maximum (number), actual (number)
kratos-4000020 = يجب أن تكون القيمة { $maximum } أو أقل (القيمة المُدخلة: { $actual }).

# ErrorValidationExclusiveMaximum; context: maximum (number), actual (number)
kratos-4000021 = يجب أن تكون القيمة أقل من { $maximum } (القيمة المُدخلة: { $actual }).

# ErrorValidationMultipleOf; context: base (number), actual (number)
kratos-4000022 = يجب أن تكون القيمة من مضاعفات { $base } (القيمة المُدخلة: { $actual }).

# ErrorValidationMaxItems; context: max_items (number), actual_items (number)
kratos-4000023 =
    { $max_items ->
        [zero] لا يُسمح بأكثر من { $max_items } عنصر (العدد الحالي: { $actual_items }).
        [one] لا يُسمح بأكثر من عنصر واحد (العدد الحالي: { $actual_items }).
        [two] لا يُسمح بأكثر من عنصرين (العدد الحالي: { $actual_items }).
        [few] لا يُسمح بأكثر من { $max_items } عناصر (العدد الحالي: { $actual_items }).
        [many] لا يُسمح بأكثر من { $max_items } عنصرًا (العدد الحالي: { $actual_items }).
       *[other] لا يُسمح بأكثر من { $max_items } عنصر (العدد الحالي: { $actual_items }).
    }

# ErrorValidationMinItems; context: min_items (number), actual_items (number)
kratos-4000024 =
    { $min_items ->
        [zero] يلزم وجود { $min_items } عنصر على الأقل (العدد الحالي: { $actual_items }).
        [one] يلزم وجود عنصر واحد على الأقل (العدد الحالي: { $actual_items }).
        [two] يلزم وجود عنصرين على الأقل (العدد الحالي: { $actual_items }).
        [few] يلزم وجود { $min_items } عناصر على الأقل (العدد الحالي: { $actual_items }).
        [many] يلزم وجود { $min_items } عنصرًا على الأقل (العدد الحالي: { $actual_items }).
       *[other] يلزم وجود { $min_items } عنصر على الأقل (العدد الحالي: { $actual_items }).
    }

# ErrorValidationUniqueItems; context: index_a (number), index_b (number); zero-based positions, deliberately not shown
kratos-4000025 = تحتوي القائمة على العنصر نفسه أكثر من مرة. يجب ألا يرد كل عنصر إلا مرة واحدة.

# ErrorValidationWrongType; context: allowed_types (array of JSON type names), actual_type (string)
kratos-4000026 = نوع هذه القيمة غير صحيح (المتوقَّع: { $allowed_types }؛ المُستلَم: { $actual_type }).

# ErrorValidationDuplicateCredentialsOnOIDCLink; context: none
kratos-4000027 = يوجد بالفعل حساب بعنوان البريد الإلكتروني أو رقم الهاتف أو اسم المستخدم هذا. يُرجى تسجيل الدخول إلى ذلك الحساب أولًا لربط حسابك على منصة التواصل الاجتماعي.

# ErrorValidationDuplicateCredentialsWithHints; context: available_credential_types (array), available_oidc_providers (array), credential_identifier_hint (string, may be empty)
kratos-4000028 = «{ $credential_identifier_hint }» مُستخدَم بالفعل في حساب آخر. يُرجى تسجيل الدخول إلى ذلك الحساب بطريقة سبق إعدادها له.

# ErrorValidationConst; context: expected (string: the required value)
kratos-4000029 = يجب أن تكون القيمة مطابقة تمامًا لما يلي: { $expected }.

# ErrorValidationConstGeneric; context: none
kratos-4000030 = القيمة لا تطابق القيمة المطلوبة.

# ErrorValidationPasswordIdentifierTooSimilar; context: none
kratos-4000031 = لا يمكن استخدام كلمة المرور هذه لأنها شديدة الشبه باسم تسجيل الدخول (مثل عنوان بريدك الإلكتروني أو اسم المستخدم).

# ErrorValidationPasswordMinLength; context: min_length (number), actual_length (number)
kratos-4000032 =
    { $min_length ->
        [zero] يجب أن تتكوّن كلمة المرور من { $min_length } حرف على الأقل، لكن عدد أحرفها { $actual_length }.
        [one] يجب أن تتكوّن كلمة المرور من حرف واحد على الأقل، لكن عدد أحرفها { $actual_length }.
        [two] يجب أن تتكوّن كلمة المرور من حرفين على الأقل، لكن عدد أحرفها { $actual_length }.
        [few] يجب أن تتكوّن كلمة المرور من { $min_length } أحرف على الأقل، لكن عدد أحرفها { $actual_length }.
        [many] يجب أن تتكوّن كلمة المرور من { $min_length } حرفًا على الأقل، لكن عدد أحرفها { $actual_length }.
       *[other] يجب أن تتكوّن كلمة المرور من { $min_length } حرف على الأقل، لكن عدد أحرفها { $actual_length }.
    }

# ErrorValidationPasswordMaxLength; context: max_length (number), actual_length (number)
kratos-4000033 =
    { $max_length ->
        [zero] يجب ألا تزيد كلمة المرور على { $max_length } حرف، لكن عدد أحرفها { $actual_length }.
        [one] يجب ألا تزيد كلمة المرور على حرف واحد، لكن عدد أحرفها { $actual_length }.
        [two] يجب ألا تزيد كلمة المرور على حرفين، لكن عدد أحرفها { $actual_length }.
        [few] يجب ألا تزيد كلمة المرور على { $max_length } أحرف، لكن عدد أحرفها { $actual_length }.
        [many] يجب ألا تزيد كلمة المرور على { $max_length } حرفًا، لكن عدد أحرفها { $actual_length }.
       *[other] يجب ألا تزيد كلمة المرور على { $max_length } حرف، لكن عدد أحرفها { $actual_length }.
    }

# ErrorValidationPasswordTooManyBreaches; context: breaches (number)
kratos-4000034 = ظهرت كلمة المرور هذه في تسريبات بيانات معروفة، ولا ينبغي استخدامها بعد الآن. يُرجى اختيار كلمة مرور أخرى.

# ErrorValidationNoCodeUser; context: none
kratos-4000035 = هذا الحساب غير موجود، أو لم يتم إعداد تسجيل الدخول برمز له.

# ErrorValidationTraitsMismatch; context: none
kratos-4000036 = البيانات التي أدخلتها لا تطابق البيانات المقدَّمة سابقًا في هذه العملية.

# ErrorValidationAccountNotFound; context: none
kratos-4000037 = هذا الحساب غير موجود، أو لم يتم إعداد أي طريقة لتسجيل الدخول له.

# ErrorValidationCaptchaError; context: none
kratos-4000038 = لم يتم اجتياز اختبار CAPTCHA. يُرجى المحاولة مرة أخرى.

# ErrorValidationLogin; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4010000 = تعذّر تسجيل الدخول. يُرجى مراجعة البيانات المُدخلة.

# ErrorValidationLoginFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4010001 = انتهت صلاحية محاولة تسجيل الدخول. يُرجى المحاولة مرة أخرى.

# ErrorValidationLoginNoStrategyFound; context: none
kratos-4010002 = لم نتمكن من إيجاد طريقة لتسجيل دخولك. يُرجى التأكد من ملء النموذج بشكل صحيح.

# ErrorValidationRegistrationNoStrategyFound; context: none
kratos-4010003 = لم نتمكن من إيجاد طريقة لإنشاء حسابك. يُرجى التأكد من ملء النموذج بشكل صحيح.

# ErrorValidationSettingsNoStrategyFound; context: none
kratos-4010004 = لم نتمكن من إيجاد طريقة لتحديث إعداداتك. يُرجى التأكد من ملء النموذج بشكل صحيح.

# ErrorValidationRecoveryNoStrategyFound; context: none
kratos-4010005 = لم نتمكن من إيجاد طريقة لاسترداد حسابك. يُرجى التأكد من ملء النموذج بشكل صحيح.

# ErrorValidationVerificationNoStrategyFound; context: none
kratos-4010006 = لم نتمكن من إيجاد طريقة للتحقق من حسابك. يُرجى التأكد من ملء النموذج بشكل صحيح.

# ErrorValidationLoginRetrySuccess; context: none
kratos-4010007 = اكتمل هذا الطلب بنجاح من قبل، ولا يمكن تكراره.

# ErrorValidationLoginCodeInvalidOrAlreadyUsed; context: none
kratos-4010008 = رمز تسجيل الدخول هذا غير صالح أو سبق استخدامه. يُرجى المحاولة مرة أخرى.

# ErrorValidationLoginLinkedCredentialsDoNotMatch; context: none
kratos-4010009 = بيانات تسجيل الدخول المراد ربطها غير متطابقة.

# ErrorValidationLoginAddressUnknown; context: none
kratos-4010010 = العنوان الذي أدخلته لا يطابق أي عنوان محفوظ في هذا الحساب.

# ErrorValidationRegistration; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4040000 = تعذّر إنشاء الحساب. يُرجى مراجعة البيانات المُدخلة.

# ErrorValidationRegistrationFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4040001 = انتهت صلاحية محاولة إنشاء الحساب. يُرجى المحاولة مرة أخرى.

# ErrorValidateionRegistrationRetrySuccess; context: none
kratos-4040002 = اكتمل هذا الطلب بنجاح من قبل، ولا يمكن تكراره.

# ErrorValidationRegistrationCodeInvalidOrAlreadyUsed; context: none
kratos-4040003 = رمز إنشاء الحساب هذا غير صالح أو سبق استخدامه. يُرجى المحاولة مرة أخرى.

# ErrorValidationSettings; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4050000 = تعذّر حفظ إعداداتك. يُرجى مراجعة البيانات المُدخلة.

# ErrorValidationSettingsFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4050001 = انتهت المهلة المتاحة لتغيير إعداداتك. يُرجى المحاولة مرة أخرى.

# ErrorValidationRecovery; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4060000 = تعذّر استرداد الحساب. يُرجى مراجعة البيانات المُدخلة.

# ErrorValidationRecoveryRetrySuccess; context: none
kratos-4060001 = اكتمل هذا الطلب بنجاح من قبل، ولا يمكن تكراره.

# ErrorValidationRecoveryStateFailure; context: none
kratos-4060002 = حدث خطأ أثناء استرداد الحساب. يُرجى البدء من جديد.

# ErrorValidationRecoveryMissingRecoveryToken; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4060003 = رابط الاسترداد غير مكتمل. يُرجى بدء استرداد الحساب من جديد.

# ErrorValidationRecoveryTokenInvalidOrAlreadyUsed; context: none
kratos-4060004 = رابط الاسترداد هذا غير صالح أو سبق استخدامه. يُرجى البدء من جديد.

# ErrorValidationRecoveryFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4060005 = انتهت صلاحية محاولة استرداد الحساب. يُرجى المحاولة مرة أخرى.

# ErrorValidationRecoveryCodeInvalidOrAlreadyUsed; context: none
kratos-4060006 = رمز الاسترداد هذا غير صالح أو سبق استخدامه. يُرجى المحاولة مرة أخرى.

# ErrorValidationVerification; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4070000 = تعذّر التحقق. يُرجى مراجعة البيانات المُدخلة.

# ErrorValidationVerificationTokenInvalidOrAlreadyUsed; context: none
kratos-4070001 = رابط التحقق هذا غير صالح أو سبق استخدامه. يُرجى البدء من جديد.

# ErrorValidationVerificationRetrySuccess; context: none
kratos-4070002 = اكتمل هذا الطلب بنجاح من قبل، ولا يمكن تكراره.

# ErrorValidationVerificationStateFailure; context: none
kratos-4070003 = حدث خطأ أثناء التحقق. يُرجى البدء من جديد.

# ErrorValidationVerificationMissingVerificationToken; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-4070004 = رابط التحقق غير مكتمل. يُرجى بدء عملية التحقق من جديد.

# ErrorValidationVerificationFlowExpired; context: expired_at (time as RFC 3339 string), expired_at_unix (number)
kratos-4070005 = انتهت صلاحية محاولة التحقق. يُرجى المحاولة مرة أخرى.

# ErrorValidationVerificationCodeInvalidOrAlreadyUsed; context: none
kratos-4070006 = رمز التحقق هذا غير صالح أو سبق استخدامه. يُرجى المحاولة مرة أخرى.

# ErrorSystem; context: none (id reserved, not emitted by Kratos v1.3.1 itself)
kratos-5000000 = حدث خطأ ما. يُرجى المحاولة مرة أخرى لاحقًا.

# ErrorSystemGeneric; context: reason (string: English text from Kratos, not shown: it is not Arabic)
kratos-5000001 = حدث خطأ في خدمة الحسابات. يُرجى المحاولة مرة أخرى.
