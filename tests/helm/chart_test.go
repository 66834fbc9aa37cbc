// The Helm chart (deploy/helm/kratos-htmx-ui), checked offline with the real tools: `helm lint
// --strict` and `helm template` from the Helm CLI this module builds (HELM_BIN), each rendered
// object decoded strictly into its Kubernetes API type (k8s.io/api: an unknown or misspelt field,
// a wrong type or a duplicate key fails), the references between the objects followed, and the
// rendered pod's environment given to the real UI binary (UI_BIN), which must start with it.
//
// Run by scripts/helm.sh (part of command 2), which builds both binaries first.
package main

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	appsv1 "k8s.io/api/apps/v1"
	autoscalingv2 "k8s.io/api/autoscaling/v2"
	corev1 "k8s.io/api/core/v1"
	networkingv1 "k8s.io/api/networking/v1"
	policyv1 "k8s.io/api/policy/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/labels"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/runtime/schema"
	"sigs.k8s.io/yaml"
)

const (
	release   = "ui"
	namespace = "identity"
)

var chartDir = filepath.Join("..", "..", "deploy", "helm", "kratos-htmx-ui")
var productionValues = filepath.Join(chartDir, "ci", "production-values.yaml")

// The API groups and versions a chart may use: the current ones of Kubernetes 1.37 (k8s.io/api
// v0.37). An object of any other kind or version (a removed policy/v1beta1, say) fails.
var apiTypes = func() *runtime.Scheme {
	scheme := runtime.NewScheme()
	for _, add := range []func(*runtime.Scheme) error{
		corev1.AddToScheme, appsv1.AddToScheme, networkingv1.AddToScheme,
		policyv1.AddToScheme, autoscalingv2.AddToScheme,
	} {
		if err := add(scheme); err != nil {
			panic(err)
		}
	}
	return scheme
}()

// One install's objects, by kind and name.
type manifest struct {
	objects map[string]runtime.Object
}

func (m manifest) get(kind, name string) runtime.Object { return m.objects[kind+"/"+name] }

func (m manifest) kinds() []string {
	var kinds []string
	for key := range m.objects {
		kinds = append(kinds, strings.SplitN(key, "/", 2)[0])
	}
	slices.Sort(kinds)
	return kinds
}

func helm(t *testing.T, args ...string) (string, error) {
	t.Helper()
	bin := os.Getenv("HELM_BIN")
	if bin == "" {
		t.Fatal("HELM_BIN is not set: run scripts/helm.sh, which builds Helm first")
	}
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(bin, args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	// No cluster, no repositories: nothing from the machine's own Helm or kubectl settings.
	home := t.TempDir()
	cmd.Env = append(os.Environ(), "HOME="+home, "KUBECONFIG="+filepath.Join(home, "none"),
		"HELM_CONFIG_HOME="+home, "HELM_CACHE_HOME="+home, "HELM_DATA_HOME="+home)
	err := cmd.Run()
	if err != nil {
		return stdout.String() + stderr.String(), fmt.Errorf("helm %s: %w\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return stdout.String(), nil
}

// Renders the chart as `helm install ui --namespace identity` would, with the given extra
// arguments (-f, --set), and decodes every object strictly.
func render(t *testing.T, args ...string) manifest {
	t.Helper()
	out, err := helm(t, append([]string{"template", release, chartDir, "--namespace", namespace}, args...)...)
	if err != nil {
		t.Fatal(err)
	}
	m, err := decodeAll(out)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// The message of a render that must fail.
func renderFails(t *testing.T, args ...string) string {
	t.Helper()
	out, err := helm(t, append([]string{"template", release, chartDir, "--namespace", namespace}, args...)...)
	if err == nil {
		t.Fatalf("helm template %v rendered, but should have been refused", args)
	}
	return out
}

// A YAML stream's document separators, and its comment lines.
var (
	documentSeparator = regexp.MustCompile(`(?m)^---\s*$`)
	commentLine       = regexp.MustCompile(`(?m)^\s*#.*$`)
)

func decodeAll(stream string) (manifest, error) {
	m := manifest{objects: map[string]runtime.Object{}}
	for _, doc := range documentSeparator.Split(stream, -1) {
		if strings.TrimSpace(stripComments(doc)) == "" {
			continue
		}
		obj, meta, err := decodeStrict([]byte(doc))
		if err != nil {
			return m, err
		}
		key := obj.GetObjectKind().GroupVersionKind().Kind + "/" + meta.Name
		if _, twice := m.objects[key]; twice {
			return m, fmt.Errorf("%s is rendered twice", key)
		}
		m.objects[key] = obj
	}
	return m, nil
}

func stripComments(doc string) string {
	return commentLine.ReplaceAllString(doc, "")
}

// Decodes one YAML document into the Go type Kubernetes itself decodes it into, refusing what
// the API server would silently drop or refuse: unknown fields, wrong types, duplicate keys, and
// kinds or versions Kubernetes 1.37 does not serve.
func decodeStrict(doc []byte) (runtime.Object, *metav1.ObjectMeta, error) {
	var typeMeta metav1.TypeMeta
	if err := yaml.Unmarshal(doc, &typeMeta); err != nil {
		return nil, nil, fmt.Errorf("not YAML: %w\n%s", err, doc)
	}
	gvk := schema.FromAPIVersionAndKind(typeMeta.APIVersion, typeMeta.Kind)
	obj, err := apiTypes.New(gvk)
	if err != nil {
		return nil, nil, fmt.Errorf("%s %s is not a kind Kubernetes 1.37 serves: %w", typeMeta.APIVersion, typeMeta.Kind, err)
	}
	if err := yaml.UnmarshalStrict(doc, obj); err != nil {
		return nil, nil, fmt.Errorf("%s: %w\n%s", typeMeta.Kind, err, doc)
	}
	obj.GetObjectKind().SetGroupVersionKind(gvk)
	accessor, ok := obj.(metav1.Object)
	if !ok {
		return nil, nil, errors.New(typeMeta.Kind + " has no metadata")
	}
	meta := &metav1.ObjectMeta{Name: accessor.GetName(), Namespace: accessor.GetNamespace()}
	if meta.Name == "" {
		return nil, nil, fmt.Errorf("a %s without a name", typeMeta.Kind)
	}
	return obj, meta, nil
}

func deployment(t *testing.T, m manifest) *appsv1.Deployment {
	t.Helper()
	d, ok := m.get("Deployment", release+"-kratos-htmx-ui").(*appsv1.Deployment)
	if !ok {
		t.Fatalf("no Deployment %s-kratos-htmx-ui among %v", release, m.kinds())
	}
	return d
}

func container(t *testing.T, m manifest) corev1.Container {
	t.Helper()
	containers := deployment(t, m).Spec.Template.Spec.Containers
	if len(containers) != 1 {
		t.Fatalf("the pod has %d containers, want 1", len(containers))
	}
	return containers[0]
}

func env(c corev1.Container, name string) *corev1.EnvVar {
	for i := range c.Env {
		if c.Env[i].Name == name {
			return &c.Env[i]
		}
	}
	return nil
}

// The value settings exercised beyond the two values files: each a distinct branch of the
// templates, each rendered and validated like them.
var variants = map[string][]string{
	"defaults":       nil,
	"production":     {"-f", productionValues},
	"base path":      {"--set", "basePath=/account/"},
	"own secret":     {"--set", "secret.enabled=false", "--set", "secret.nameOverride=team-cookie", "--set", "secret.key=COOKIE_SECRET"},
	"node port":      {"--set", "service.type=NodePort", "--set", "service.nodePort=30455"},
	"memory scaling": {"--set", "autoscaling.enabled=true", "--set-json", `autoscaling.targetMemory={"type":"AverageValue","averageValue":"64Mi"}`, "--set", "resources=null"},
	"min available":  {"--set", "podDisruptionBudget.enabled=true", "--set", "podDisruptionBudget.minAvailable=50%", "--set", "replicaCount=2"},
	"recreate":       {"--set", "deployment.strategy.type=Recreate"},
	"CPU per pod":    {"--set", "autoscaling.enabled=true", "--set-json", `autoscaling.targetCPU={"type":"AverageValue","averageValue":"200m"}`, "--set", "resources.requests.cpu=null"},
	"as a subchart":  {"--set", "global.imageRegistry=registry.example.com"},
	"kratos outside": {"-f", productionValues, "--set", "hydraAdminUrl=", "--set", "hydraPublicUrl=", "--set", "kratosPublicUrl=https://auth.example.com", "--set-json", `networkPolicy.egress.kratos={"to":[{"ipBlock":{"cidr":"0.0.0.0/0"}}],"ports":[{"port":443}]}`},
}

func TestLintStrict(t *testing.T) {
	for _, name := range []string{"defaults", "production"} {
		t.Run(name, func(t *testing.T) {
			out, err := helm(t, append([]string{"lint", "--strict", chartDir}, variants[name]...)...)
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(out, "[WARNING]") || strings.Contains(out, "[ERROR]") {
				t.Fatalf("helm lint --strict reported problems:\n%s", out)
			}
		})
	}
}

// Every variant renders, and every object in it is a valid Kubernetes object whose references
// (selectors, Service, Secret, ServiceAccount, scale target) land on the objects next to it.
func TestEveryObjectIsAValidKubernetesObject(t *testing.T) {
	for name, args := range variants {
		t.Run(name, func(t *testing.T) {
			m := render(t, args...)
			checkReferences(t, m, name != "own secret")
		})
	}
	// Everything the production values turn on is there.
	kinds := render(t, variants["production"]...).kinds()
	want := []string{"Deployment", "HorizontalPodAutoscaler", "Ingress", "NetworkPolicy", "PodDisruptionBudget", "Secret", "Service", "ServiceAccount"}
	if !slices.Equal(kinds, want) {
		t.Fatalf("the production values render %v, want %v", kinds, want)
	}
	if kinds := render(t).kinds(); !slices.Equal(kinds, []string{"Deployment", "Secret", "Service", "ServiceAccount"}) {
		t.Fatalf("the default values render %v", kinds)
	}
}

func checkReferences(t *testing.T, m manifest, chartMakesSecret bool) {
	t.Helper()
	d := deployment(t, m)
	pod := d.Spec.Template
	c := container(t, m)
	if len(c.Ports) != 1 || c.Ports[0].Name != "http" || env(c, "PORT") == nil || env(c, "PORT").Value != fmt.Sprint(c.Ports[0].ContainerPort) {
		t.Errorf("the UI listens on PORT %+v, the container declares %+v", env(c, "PORT"), c.Ports)
	}
	if secret, _, _ := cookieSecretOf(t, m); chartMakesSecret != (m.get("Secret", secret) != nil) {
		t.Errorf("the pods read the Secret %s; the chart renders %v", secret, m.kinds())
	}
	selector, err := metav1.LabelSelectorAsSelector(d.Spec.Selector)
	if err != nil || selector.Empty() || !selector.Matches(labels.Set(pod.Labels)) {
		t.Fatalf("the Deployment's selector %v does not select its own pods %v", d.Spec.Selector, pod.Labels)
	}
	selects := func(what string, s *metav1.LabelSelector) {
		t.Helper()
		sel, err := metav1.LabelSelectorAsSelector(s)
		if err != nil || sel.Empty() || !sel.Matches(labels.Set(pod.Labels)) {
			t.Errorf("%s selects %v, not the UI's pods %v", what, s, pod.Labels)
		}
	}
	for key, obj := range m.objects {
		if meta := obj.(metav1.Object); meta.GetNamespace() != namespace {
			t.Errorf("%s is in namespace %q, not the release's %q", key, meta.GetNamespace(), namespace)
		}
		switch o := obj.(type) {
		case *corev1.Service:
			selects("the Service", &metav1.LabelSelector{MatchLabels: o.Spec.Selector})
			for _, p := range o.Spec.Ports {
				if p.TargetPort.StrVal != "http" || container(t, m).Ports[0].Name != "http" {
					t.Errorf("the Service's port %s targets %v, not the container's port", p.Name, p.TargetPort)
				}
			}
		case *policyv1.PodDisruptionBudget:
			selects("the PodDisruptionBudget", o.Spec.Selector)
		case *networkingv1.NetworkPolicy:
			selects("the NetworkPolicy", &o.Spec.PodSelector)
			for _, rule := range o.Spec.Ingress {
				for _, port := range rule.Ports {
					if port.Port == nil || port.Port.StrVal != c.Ports[0].Name {
						t.Errorf("the NetworkPolicy admits port %v, not the UI's", port.Port)
					}
				}
			}
		case *autoscalingv2.HorizontalPodAutoscaler:
			if ref := o.Spec.ScaleTargetRef; ref.Kind != "Deployment" || ref.Name != d.Name {
				t.Errorf("the HorizontalPodAutoscaler scales %s %s", ref.Kind, ref.Name)
			}
			if *o.Spec.MinReplicas > o.Spec.MaxReplicas || len(o.Spec.Metrics) == 0 {
				t.Errorf("the HorizontalPodAutoscaler scales from %d to %d on %d metrics", *o.Spec.MinReplicas, o.Spec.MaxReplicas, len(o.Spec.Metrics))
			}
			for _, metric := range o.Spec.Metrics {
				if metric.Resource.Target.Type == autoscalingv2.UtilizationMetricType && c.Resources.Requests.Name(metric.Resource.Name, "").IsZero() {
					t.Errorf("the HorizontalPodAutoscaler targets %s utilisation, but the container requests no %s", metric.Resource.Name, metric.Resource.Name)
				}
			}
			if d.Spec.Replicas != nil {
				t.Error("with autoscaling, the Deployment must not set replicas (every upgrade would reset them)")
			}
		case *networkingv1.Ingress:
			if len(o.Spec.Rules) == 0 {
				t.Error("the Ingress has no rules")
			}
			for _, rule := range o.Spec.Rules {
				for _, path := range rule.HTTP.Paths {
					svc, ok := m.get("Service", path.Backend.Service.Name).(*corev1.Service)
					if !ok || svc.Spec.Ports[0].Name != path.Backend.Service.Port.Name {
						t.Errorf("the Ingress path %s leads to %v, no port of the Service", path.Path, path.Backend.Service)
					}
				}
			}
		}
	}
	if sa := pod.Spec.ServiceAccountName; sa != "default" && m.get("ServiceAccount", sa) == nil {
		t.Errorf("the pod runs as ServiceAccount %q, which the chart does not create", sa)
	}
}

// The strict decoding above can fail: each kind of mistake a template could make is refused.
func TestStrictDecodingRefusesMistakes(t *testing.T) {
	good := `apiVersion: apps/v1
kind: Deployment
metadata:
  name: x
spec:
  selector:
    matchLabels: {app: x}
  template:
    metadata:
      labels: {app: x}
    spec:
      containers:
        - name: x
          image: x
          imagePullPolicy: IfNotPresent
`
	if _, _, err := decodeStrict([]byte(good)); err != nil {
		t.Fatalf("a valid Deployment was refused: %v", err)
	}
	mistakes := map[string]string{
		"misspelt field":  strings.Replace(good, "imagePullPolicy", "imagePulPolicy", 1),
		"wrong type":      strings.Replace(good, "image: x", "image: [x]", 1),
		"duplicate key":   strings.Replace(good, "image: x\n", "image: x\n          image: y\n", 1),
		"removed version": strings.Replace(good, "apps/v1", "extensions/v1beta1", 1),
		"no name":         strings.Replace(good, "name: x\nspec", "labels: {}\nspec", 1),
	}
	for name, doc := range mistakes {
		if _, _, err := decodeStrict([]byte(doc)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestPodRunsLockedDown(t *testing.T) {
	for _, name := range []string{"defaults", "production"} {
		t.Run(name, func(t *testing.T) {
			m := render(t, variants[name]...)
			pod := deployment(t, m).Spec.Template.Spec
			c := container(t, m)
			sc := c.SecurityContext
			if sc == nil {
				t.Fatal("the container has no securityContext")
			}
			isTrue := func(b *bool) bool { return b != nil && *b }
			isFalse := func(b *bool) bool { return b != nil && !*b }
			checks := map[string]bool{
				"runAsNonRoot":                     isTrue(sc.RunAsNonRoot) && isTrue(pod.SecurityContext.RunAsNonRoot),
				"a non-root user id":               sc.RunAsUser != nil && *sc.RunAsUser != 0,
				"readOnlyRootFilesystem":           isTrue(sc.ReadOnlyRootFilesystem),
				"no privilege escalation":          isFalse(sc.AllowPrivilegeEscalation),
				"not privileged":                   isFalse(sc.Privileged),
				"every capability dropped":         sc.Capabilities != nil && slices.Equal(sc.Capabilities.Drop, []corev1.Capability{"ALL"}) && len(sc.Capabilities.Add) == 0,
				"seccomp RuntimeDefault":           sc.SeccompProfile != nil && sc.SeccompProfile.Type == corev1.SeccompProfileTypeRuntimeDefault,
				"pod seccomp RuntimeDefault":       pod.SecurityContext.SeccompProfile != nil && pod.SecurityContext.SeccompProfile.Type == corev1.SeccompProfileTypeRuntimeDefault,
				"no service account token":         isFalse(pod.AutomountServiceAccountToken),
				"no Service environment variables": isFalse(pod.EnableServiceLinks),
				"no host namespaces":               !pod.HostNetwork && !pod.HostPID && !pod.HostIPC,
				"a memory limit":                   !c.Resources.Limits.Memory().IsZero(),
			}
			for what, ok := range checks {
				if !ok {
					t.Errorf("the pod lacks %s", what)
				}
			}
			if sa, ok := m.get("ServiceAccount", pod.ServiceAccountName).(*corev1.ServiceAccount); !ok || !isFalse(sa.AutomountServiceAccountToken) {
				t.Error("the ServiceAccount must exist and mount no token either")
			}
		})
	}
}

func TestProbesAndGracefulStop(t *testing.T) {
	for basePath, prefix := range map[string]string{"": "", "/account": "/account", "/account/": "/account"} {
		c := container(t, render(t, "--set", "basePath="+basePath))
		for probe, want := range map[*corev1.Probe]string{c.LivenessProbe: prefix + "/health/alive", c.ReadinessProbe: prefix + "/health/ready"} {
			if probe == nil || probe.HTTPGet == nil || probe.HTTPGet.Path != want || probe.HTTPGet.Port.StrVal != "http" {
				t.Errorf("basePath %q: a probe is %+v, want GET %s on the http port", basePath, probe, want)
			}
		}
		if v := env(c, "BASE_PATH"); (basePath == "") != (v == nil) {
			t.Errorf("basePath %q: BASE_PATH is %+v", basePath, v)
		}
	}
	for _, name := range []string{"defaults", "production"} {
		m := render(t, variants[name]...)
		pod := deployment(t, m).Spec.Template.Spec
		c := container(t, m)
		if c.Lifecycle == nil || c.Lifecycle.PreStop == nil || c.Lifecycle.PreStop.Sleep == nil {
			t.Fatalf("%s: no preStop sleep", name)
		}
		// The pause, then up to 20 s for the server to finish requests in flight (README,
		// "Stopping"), all inside the grace period.
		pause := c.Lifecycle.PreStop.Sleep.Seconds
		if grace := *pod.TerminationGracePeriodSeconds; pause < 1 || pause+20 > grace {
			t.Errorf("%s: preStop pause %d s and 20 s of shutdown do not fit the grace period of %d s", name, pause, grace)
		}
	}
	msg := renderFails(t, "--set", "deployment.preStopSleepSeconds=15")
	if !strings.Contains(msg, "terminationGracePeriodSeconds (30) must be at least deployment.preStopSleepSeconds (15) plus the 20 s") {
		t.Errorf("a pause that leaves no time to stop was refused with: %s", msg)
	}
}

func cookieSecretOf(t *testing.T, m manifest) (secretName, key, value string) {
	t.Helper()
	ref := env(container(t, m), "COOKIE_SECRET")
	if ref == nil || ref.Value != "" || ref.ValueFrom == nil || ref.ValueFrom.SecretKeyRef == nil {
		t.Fatalf("COOKIE_SECRET must come from a Secret, is %+v", ref)
	}
	secretName, key = ref.ValueFrom.SecretKeyRef.Name, ref.ValueFrom.SecretKeyRef.Key
	if s, ok := m.get("Secret", secretName).(*corev1.Secret); ok {
		value = string(s.Data[key])
	}
	return secretName, key, value
}

func TestCookieSecretIsRandomKeptAfterUninstallAndNowhereElse(t *testing.T) {
	out, err := helm(t, "template", release, chartDir, "--namespace", namespace)
	if err != nil {
		t.Fatal(err)
	}
	m, err := decodeAll(out)
	if err != nil {
		t.Fatal(err)
	}
	name, key, value := cookieSecretOf(t, m)
	if name != release+"-kratos-htmx-ui" || key != "cookieSecret" {
		t.Errorf("COOKIE_SECRET comes from %s/%s", name, key)
	}
	if !regexp.MustCompile(`^[A-Za-z0-9]{64}$`).MatchString(value) {
		t.Errorf("the generated secret is %d characters, want 64 random letters and digits", len(value))
	}
	secret := m.get("Secret", name).(*corev1.Secret)
	if secret.Annotations["helm.sh/resource-policy"] != "keep" {
		t.Error("the generated Secret must be kept when the release is uninstalled")
	}
	// Without a cluster to read it back from, each render draws a new one: it is random.
	if _, _, again := cookieSecretOf(t, render(t)); again == value {
		t.Error("two renders drew the same secret")
	}
	// The secret is nowhere but in the Secret: not in another object, not in the notes helm
	// install prints.
	installed, err := helm(t, "install", release, chartDir, "--namespace", namespace, "--dry-run=client")
	if err != nil {
		t.Fatal(err)
	}
	encoded := regexp.MustCompile(`(?m)^  cookieSecret: "([^"]+)"$`).FindStringSubmatch(installed)
	if encoded == nil || !strings.Contains(installed, "NOTES:") {
		t.Fatalf("helm install --dry-run printed no Secret or no notes:\n%s", installed)
	}
	plain, _ := base64.StdEncoding.DecodeString(encoded[1])
	if strings.Count(installed, encoded[1]) != 1 || strings.Contains(installed, string(plain)) {
		t.Error("the cookie secret appears outside its Secret")
	}
}

func TestOwnSecretIsReadNotCreated(t *testing.T) {
	m := render(t, variants["own secret"]...)
	name, key, _ := cookieSecretOf(t, m)
	if name != "team-cookie" || key != "COOKIE_SECRET" || m.get("Secret", name) != nil {
		t.Errorf("with secret.enabled=false the pod reads %s/%s and the chart renders %v", name, key, m.kinds())
	}
	msg := renderFails(t, "--set", "secret.enabled=false")
	if !strings.Contains(msg, "secret.nameOverride must name the existing Secret") {
		t.Errorf("no Secret at all was refused with: %s", msg)
	}
}

// Every replica is a copy of the one pod template, which reads the one Secret: scaling to any
// number of pods (by hand or by the autoscaler) never gives two of them different secrets.
func TestReplicasShareOneCookieSecret(t *testing.T) {
	for _, args := range [][]string{{"--set", "replicaCount=2"}, variants["production"]} {
		m := render(t, args...)
		secrets := 0
		for key := range m.objects {
			if strings.HasPrefix(key, "Secret/") {
				secrets++
			}
		}
		name, _, value := cookieSecretOf(t, m)
		if secrets != 1 || value == "" {
			t.Errorf("%v: %d Secrets, the pods read %s", args, secrets, name)
		}
	}
}

// A wrong value fails at `helm install`, with a message naming it.
func TestValuesAreCheckedAtInstall(t *testing.T) {
	refused := map[string]struct {
		set     []string
		message string
	}{
		"unknown value":            {[]string{"--set", "kratosPublicURL=http://kratos"}, "'kratosPublicURL' not allowed"},
		"not a URL":                {[]string{"--set", "kratosPublicUrl=kratos-public"}, "/kratosPublicUrl"},
		"a path in publicUrl":      {[]string{"--set", "publicUrl=https://account.example.com/account"}, "/publicUrl"},
		"relative base path":       {[]string{"--set", "basePath=account"}, "/basePath"},
		"bad accent colour":        {[]string{"--set", "config.accentColor=blue"}, "/config/accentColor"},
		"bad pull policy":          {[]string{"--set", "image.pullPolicy=Sometimes"}, "/image/pullPolicy"},
		"replicas as text":         {[]string{"--set-string", "replicaCount=two"}, "/replicaCount"},
		"hydra without public URL": {[]string{"--set", "hydraAdminUrl=http://hydra-admin"}, "hydraPublicUrl is required with hydraAdminUrl"},
		"unknown deployment value": {[]string{"--set", "deployment.readOnly=true"}, "'readOnly' not allowed"},
		"bad proxy":                {[]string{"--set", "config.trustedProxies[0]=proxy.example.com"}, "/config/trustedProxies/0"},
		"CPU scaling, no request":  {[]string{"--set", "autoscaling.enabled=true", "--set", "resources.requests.cpu=null"}, "autoscaling on CPU Utilization needs resources.requests.cpu"},
		"CPU and memory, no request": {[]string{"--set", "autoscaling.enabled=true", "--set", "resources.requests.cpu=null",
			"--set-json", `autoscaling.targetCPU={"type":"Utilization","averageUtilization":70}`,
			"--set-json", `autoscaling.targetMemory={"type":"Utilization","averageUtilization":70}`}, "autoscaling on CPU Utilization needs resources.requests.cpu"},
		"more minimum than maximum":        {[]string{"--set", "autoscaling.enabled=true", "--set", "autoscaling.minReplicas=7"}, "autoscaling.minReplicas (7) is more than autoscaling.maxReplicas (6)"},
		"a budget that blocks drains":      {[]string{"--set", "podDisruptionBudget.enabled=true", "--set", "podDisruptionBudget.minAvailable=1"}, "podDisruptionBudget.minAvailable (1) must be less than the fewest replicas there may be (1)"},
		"a budget of nothing":              {[]string{"--set", "podDisruptionBudget.enabled=true", "--set", "podDisruptionBudget.maxUnavailable=0"}, "maxUnavailable must let at least one pod go"},
		"an Ingress without hosts":         {[]string{"--set", "ingress.enabled=true", "--set-json", "ingress.hosts=[]"}, "ingress.enabled needs at least one entry in ingress.hosts"},
		"a port name of digits":            {[]string{"--set-string", "service.name=8080"}, "/service/name"},
		"a port name with --":              {[]string{"--set", "service.name=web--ui"}, "/service/name"},
		"a base path to another host":      {[]string{"--set", "basePath=//evil.example"}, "/basePath"},
		"a base path going up":             {[]string{"--set", "basePath=/a/../b"}, "/basePath"},
		"a cookie name Kratos cannot have": {[]string{"--set", "config.kratosCookieNames[0]=my;session"}, "/config/kratosCookieNames/0"},
		"a prefix too long":                {[]string{"--set", "config.trustedProxies[0]=10.0.0.0/99"}, "/config/trustedProxies/0"},
	}
	for name, c := range refused {
		t.Run(name, func(t *testing.T) {
			if msg := renderFails(t, c.set...); !strings.Contains(msg, c.message) {
				t.Errorf("refused, but the message does not name %q:\n%s", c.message, msg)
			}
		})
	}
}

// A team's security context is merged into the chart's: raising the user id keeps every other
// restriction.
func TestPartialSecurityContextKeepsTheRest(t *testing.T) {
	values := filepath.Join(t.TempDir(), "values.yaml")
	if err := os.WriteFile(values, []byte("securityContext:\n  runAsUser: 1000\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	sc := container(t, render(t, "-f", values)).SecurityContext
	if *sc.RunAsUser != 1000 || !*sc.ReadOnlyRootFilesystem || *sc.AllowPrivilegeEscalation || len(sc.Capabilities.Drop) != 1 || sc.SeccompProfile == nil {
		t.Errorf("a partial securityContext lost the chart's restrictions: %+v", sc)
	}
}
