package main

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	corev1 "k8s.io/api/core/v1"
)

var repoRoot = filepath.Join("..", "..")

// A UI process started with a rendered pod's environment.
type pod struct {
	base   string // http://127.0.0.1:<port><basePath>
	stderr *bytes.Buffer
}

// The environment Kubernetes would give the UI's container: each variable's value, the cookie
// secret read from the rendered Secret. Files the pod would find in its volumes (the CA, a
// logo) are written to a temporary directory and the variables naming them follow.
func podEnvironment(t *testing.T, m manifest) map[string]string {
	t.Helper()
	c := container(t, m)
	mounts := t.TempDir()
	vars := map[string]string{}
	for _, e := range c.Env {
		switch {
		case e.ValueFrom == nil:
			vars[e.Name] = e.Value
		case e.ValueFrom.SecretKeyRef != nil:
			ref := e.ValueFrom.SecretKeyRef
			secret, ok := m.get("Secret", ref.Name).(*corev1.Secret)
			if !ok {
				// The team's own Secret (secret.enabled=false): one as they would make it.
				vars[e.Name] = "q8Zr2Lw5Xk9Tb3Nv7Hc1Jm4Pd6Fs0Ga8Ye2Ru5Ki9Lo3Wn7Mb1Vc4Xz6Qt0Hp"
				continue
			}
			vars[e.Name] = string(secret.Data[ref.Key])
		default:
			t.Fatalf("%s comes from %+v, which this test cannot resolve", e.Name, e.ValueFrom)
		}
	}
	for name, value := range vars {
		for _, mount := range c.VolumeMounts {
			if rest, ok := strings.CutPrefix(value, mount.MountPath+"/"); ok {
				local := filepath.Join(mounts, mount.Name, rest)
				if err := os.MkdirAll(filepath.Dir(local), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(local, fileFor(t, name), 0o644); err != nil {
					t.Fatal(err)
				}
				vars[name] = local
			}
		}
	}
	return vars
}

// What a volume holds for the variable that names a file in it.
func fileFor(t *testing.T, variable string) []byte {
	switch variable {
	case "KRATOS_CA_FILE":
		return testCA(t)
	case "LOGO_FILE":
		return []byte(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>`)
	}
	t.Fatalf("%s names a file in a volume, and this test knows no content for it", variable)
	return nil
}

func testCA(t *testing.T) []byte {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	template := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: "cluster CA"},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().Add(time.Hour),
		IsCA:                  true,
		BasicConstraintsValid: true,
		KeyUsage:              x509.KeyUsageCertSign,
	}
	der, err := x509.CreateCertificate(rand.Reader, template, template, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})
}

// Starts the real UI with the environment, on a free local port instead of the pod's, and waits
// until it answers its liveness probe's path.
func startPod(t *testing.T, vars map[string]string) pod {
	t.Helper()
	bin := os.Getenv("UI_BIN")
	if bin == "" {
		t.Fatal("UI_BIN is not set: run scripts/helm.sh, which builds the UI first")
	}
	listener, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := listener.Addr().(*net.TCPAddr).Port
	listener.Close()

	cmd := exec.Command(bin)
	cmd.Dir = repoRoot // the image's assets and htmx, where a checkout has them
	cmd.Env = []string{"PATH=" + os.Getenv("PATH")}
	for name, value := range vars {
		cmd.Env = append(cmd.Env, name+"="+value)
	}
	cmd.Env = append(cmd.Env, "BIND=127.0.0.1", fmt.Sprintf("PORT=%d", port))
	stderr := &bytes.Buffer{}
	cmd.Stderr = stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		<-exited
	})

	base := fmt.Sprintf("http://127.0.0.1:%d%s", port, strings.TrimSuffix(vars["BASE_PATH"], "/"))
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case err := <-exited:
			exited <- err
			t.Fatalf("the UI refused the chart's environment (%v):\n%s", err, stderr)
		default:
		}
		if response, err := http.Get(base + "/health/alive"); err == nil {
			response.Body.Close()
			if response.StatusCode == http.StatusOK {
				return pod{base: base, stderr: stderr}
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("the UI did not answer /health/alive within 60 s:\n%s", stderr)
	return pod{}
}

var noRedirects = &http.Client{
	CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	Timeout:       30 * time.Second,
}

// Chooses German on one pod, as the language menu's form does, and returns the UI's cookie.
func chooseGerman(t *testing.T, p pod, publicURL string) *http.Cookie {
	t.Helper()
	request, _ := http.NewRequest(http.MethodPost, p.base+"/language",
		strings.NewReader(url.Values{"lang": {"de"}, "return_to": {"/"}}.Encode()))
	request.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	request.Header.Set("Origin", strings.TrimSuffix(publicURL, "/"))
	response, err := noRedirects.Do(request)
	if err != nil {
		t.Fatal(err)
	}
	response.Body.Close()
	if response.StatusCode != http.StatusSeeOther || len(response.Cookies()) != 1 {
		t.Fatalf("choosing a language answered %s with cookies %v", response.Status, response.Cookies())
	}
	return response.Cookies()[0]
}

// The language of a page the pod draws for a visitor with the cookie.
func pageLanguage(t *testing.T, p pod, cookie *http.Cookie) string {
	t.Helper()
	request, _ := http.NewRequest(http.MethodGet, p.base+"/no-such-page", nil)
	request.AddCookie(cookie)
	response, err := noRedirects.Do(request)
	if err != nil {
		t.Fatal(err)
	}
	defer response.Body.Close()
	body, _ := io.ReadAll(response.Body)
	lang := regexp.MustCompile(`<html lang="([^"]+)"`).FindSubmatch(body)
	if response.StatusCode != http.StatusNotFound || lang == nil {
		t.Fatalf("the page answered %s:\n%s", response.Status, body)
	}
	return string(lang[1])
}

// Each pod the chart describes starts: every variable it sets is one the UI reads, in a form
// the UI accepts, the generated cookie secret included (which the UI checks for randomness when
// publicUrl is https). And two pods of one release understand each other's cookies, as the
// replicas behind one Service must, while a pod with another secret does not.
func TestTheUIRunsWithTheRenderedEnvironment(t *testing.T) {
	documented := documentedVariables(t)
	for _, name := range []string{"defaults", "production", "base path", "own secret"} {
		t.Run(name, func(t *testing.T) {
			m := render(t, variants[name]...)
			vars := podEnvironment(t, m)
			for variable := range vars {
				if !documented[variable] {
					t.Errorf("the chart sets %s, which the README's configuration table does not name", variable)
				}
			}
			first, second := startPod(t, vars), startPod(t, vars)
			cookie := chooseGerman(t, first, vars["PUBLIC_URL"])
			if lang := pageLanguage(t, second, cookie); lang != "de" {
				t.Errorf("the second replica drew %q for the first one's cookie, want de", lang)
			}
			other := map[string]string{}
			for k, v := range vars {
				other[k] = v
			}
			other["COOKIE_SECRET"] = "Zp4Xr8Lq2Wv6Tn0Bm3Hk7Jd5Fg9Sc1Ya8Ue4Ri2Ko6Nl0Mb3Vx7Qw5Ht9Gj1Cz"
			if lang := pageLanguage(t, startPod(t, other), cookie); lang != "en" {
				t.Errorf("a UI with another secret read the cookie (%q)", lang)
			}
		})
	}
}

// The variables of README.md's "Configuration" table.
func documentedVariables(t *testing.T) map[string]bool {
	t.Helper()
	readme, err := os.ReadFile(filepath.Join(repoRoot, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, match := range regexp.MustCompile("(?m)^\\| `([A-Z_]+)` \\|").FindAllSubmatch(readme, -1) {
		names[string(match[1])] = true
	}
	if len(names) < 20 {
		t.Fatalf("found only %d variables in README.md's configuration table", len(names))
	}
	return names
}
