package main

import (
	"testing"

	"helm.sh/helm/v4/pkg/chart/common"
	chartutil "helm.sh/helm/v4/pkg/chart/common/util"
	"helm.sh/helm/v4/pkg/chart/v2/loader"
	"helm.sh/helm/v4/pkg/engine"
	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/client-go/dynamic"
	dynamicfake "k8s.io/client-go/dynamic/fake"
)

// A cluster holding the given objects, as Helm's `lookup` sees it during install and upgrade.
// (A stand-in for the API server: reading one Secret back is all the chart asks of it.)
type cluster struct {
	client *dynamicfake.FakeDynamicClient
}

func (c cluster) GetClientFor(apiVersion, kind string) (dynamic.NamespaceableResourceInterface, bool, error) {
	return c.client.Resource(corev1.SchemeGroupVersion.WithResource("secrets")), true, nil
}

// Renders the chart through Helm's own engine, as `helm upgrade` does against a cluster, and
// returns the cookie secret the rendered Secret holds.
func renderAgainst(t *testing.T, upgrade bool, objects ...runtime.Object) string {
	t.Helper()
	chrt, err := loader.Load(chartDir)
	if err != nil {
		t.Fatal(err)
	}
	values, err := chartutil.ToRenderValues(chrt, map[string]any{},
		common.ReleaseOptions{Name: release, Namespace: namespace, IsUpgrade: upgrade, IsInstall: !upgrade, Revision: 2}, nil)
	if err != nil {
		t.Fatal(err)
	}
	provider := cluster{dynamicfake.NewSimpleDynamicClient(apiTypes, objects...)}
	files, err := engine.RenderWithClientProvider(chrt, values, provider)
	if err != nil {
		t.Fatal(err)
	}
	obj, _, err := decodeStrict([]byte(files["kratos-htmx-ui/templates/secret.yaml"]))
	if err != nil {
		t.Fatal(err)
	}
	return string(obj.(*corev1.Secret).Data["cookieSecret"])
}

// An upgrade keeps the secret in the cluster, so the pods of the old and the new revision (and
// every visitor's cookie) agree, and so does a reinstall (the Secret outlives the release);
// without one, install draws a new one.
func TestUpgradeKeepsTheCookieSecret(t *testing.T) {
	kept := "Bz9cQ1vXmT4kLr7Wn2pYs8dHf6gJa3eUq5tKx0wZc9vNb4mRl7yHs2jFd8gPk6aQ"
	existing := &corev1.Secret{
		TypeMeta:   metav1.TypeMeta{APIVersion: "v1", Kind: "Secret"},
		ObjectMeta: metav1.ObjectMeta{Name: release + "-kratos-htmx-ui", Namespace: namespace},
		Data:       map[string][]byte{"cookieSecret": []byte(kept)},
	}
	if got := renderAgainst(t, true, existing); got != kept {
		t.Errorf("the upgrade rendered the cookie secret %q, not the one in the cluster", got)
	}
	// Installed again after `helm uninstall`, which kept the Secret: the same secret.
	if got := renderAgainst(t, false, existing); got != kept {
		t.Errorf("the reinstall rendered the cookie secret %q, not the one kept in the cluster", got)
	}
	// The same name in another namespace is another release's.
	elsewhere := existing.DeepCopy()
	elsewhere.Namespace = "other"
	if got := renderAgainst(t, false, elsewhere); got == kept || len(got) != 64 {
		t.Errorf("without a Secret in the release's namespace the chart rendered %q", got)
	}
}
