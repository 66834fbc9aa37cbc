{{/*
Names and labels, in the form Ory's charts (and `helm create`) use, so that selectors written
for one of Ory's releases read the same here.
*/}}

{{- define "kratos-htmx-ui.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* The release's object name: the release name alone when it already names the chart. */}}
{{- define "kratos-htmx-ui.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "kratos-htmx-ui.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "kratos-htmx-ui.selectorLabels" -}}
app.kubernetes.io/name: {{ include "kratos-htmx-ui.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "kratos-htmx-ui.labels" -}}
{{ include "kratos-htmx-ui.selectorLabels" . }}
helm.sh/chart: {{ include "kratos-htmx-ui.chart" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/* The Secret holding the cookie secret: the one this chart creates, or the team's own. */}}
{{- define "kratos-htmx-ui.secretName" -}}
{{- default (include "kratos-htmx-ui.fullname" .) .Values.secret.nameOverride }}
{{- end }}

{{- define "kratos-htmx-ui.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "kratos-htmx-ui.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/* registry/repository then @digest (pinned) or :tag (the chart's appVersion by default). */}}
{{- define "kratos-htmx-ui.image" -}}
{{- $repository := .Values.image.repository }}
{{- with .Values.image.registry }}
{{- $repository = printf "%s/%s" . $repository }}
{{- end }}
{{- if .Values.image.digest }}
{{- printf "%s@%s" $repository .Values.image.digest }}
{{- else }}
{{- printf "%s:%s" $repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}
{{- end }}

{{/* BASE_PATH without a trailing slash ("" at the root), for the probes' paths. */}}
{{- define "kratos-htmx-ui.basePath" -}}
{{- trimSuffix "/" .Values.basePath }}
{{- end }}

{{/*
The cookie secret this chart creates: the value already in the cluster when there is one
(`lookup` during install and upgrade), otherwise 64 fresh random characters. So an upgrade keeps
every visitor's UI cookie valid, and all replicas, old and new, read the same value. (`helm
template` and `--dry-run` without a cluster cannot look, and show a fresh value.)
*/}}
{{- define "kratos-htmx-ui.cookieSecret" -}}
{{- $existing := lookup "v1" "Secret" .Release.Namespace (include "kratos-htmx-ui.secretName" .) }}
{{- $kept := "" }}
{{- if $existing }}
{{- $kept = index ($existing.data | default dict) .Values.secret.key | default "" }}
{{- end }}
{{- if $kept }}
{{- $kept }}
{{- else }}
{{- randAlphaNum 64 | b64enc }}
{{- end }}
{{- end }}

{{/*
Refuses value combinations that would install but not work, each with a message naming the
values (values.schema.json checks each value on its own).
*/}}
{{- define "kratos-htmx-ui.validate" -}}
{{- $shutdown := 20 }}
{{- $grace := int .Values.deployment.terminationGracePeriodSeconds }}
{{- $pause := int .Values.deployment.preStopSleepSeconds }}
{{- if lt $grace (add $pause $shutdown) }}
{{- fail (printf "deployment.terminationGracePeriodSeconds (%d) must be at least deployment.preStopSleepSeconds (%d) plus the %d s the server takes to finish the requests in flight after SIGTERM, else Kubernetes kills requests half-way" $grace $pause $shutdown) }}
{{- end }}
{{- if and .Values.hydraAdminUrl (not .Values.hydraPublicUrl) }}
{{- fail "hydraPublicUrl is required with hydraAdminUrl: where browsers reach Hydra (the origin of Hydra's urls.self.public)" }}
{{- end }}
{{- if and .Values.hydraPublicUrl (not .Values.hydraAdminUrl) }}
{{- fail "hydraPublicUrl is set but hydraAdminUrl is not: the UI becomes Hydra's sign-in and consent app only with hydraAdminUrl" }}
{{- end }}
{{- if and (not .Values.secret.enabled) (not .Values.secret.nameOverride) }}
{{- fail "secret.enabled is false, so secret.nameOverride must name the existing Secret that holds the cookie secret (key secret.key)" }}
{{- end }}
{{- with .Values.autoscaling }}
{{- if .enabled }}
{{- if gt (int .minReplicas) (int .maxReplicas) }}
{{- fail (printf "autoscaling.minReplicas (%d) is more than autoscaling.maxReplicas (%d)" (int .minReplicas) (int .maxReplicas)) }}
{{- end }}
{{- $cpu := include "kratos-htmx-ui.cpuTarget" $ | fromYaml }}
{{- if and (eq ($cpu.type | default "") "Utilization") (not (dig "requests" "cpu" "" ($.Values.resources | default dict))) }}
{{- fail "autoscaling on CPU Utilization needs resources.requests.cpu: the HorizontalPodAutoscaler measures use as a share of the request (or give autoscaling.targetCPU an AverageValue)" }}
{{- end }}
{{- end }}
{{- end }}
{{- with .Values.podDisruptionBudget }}
{{- if .enabled }}
{{- $least := ternary (int $.Values.autoscaling.minReplicas) (int $.Values.replicaCount) $.Values.autoscaling.enabled }}
{{- if kindIs "invalid" .minAvailable }}
{{- if or (kindIs "invalid" .maxUnavailable) (eq (toString .maxUnavailable) "0") (eq (toString .maxUnavailable) "0%") }}
{{- fail "podDisruptionBudget: maxUnavailable must let at least one pod go (or set minAvailable): else no node can ever be drained" }}
{{- end }}
{{- else if and (not (kindIs "string" .minAvailable)) (ge (int .minAvailable) $least) }}
{{- fail (printf "podDisruptionBudget.minAvailable (%d) must be less than the fewest replicas there may be (%d), else no node can ever be drained" (int .minAvailable) $least) }}
{{- else if eq (toString .minAvailable) "100%" }}
{{- fail "podDisruptionBudget.minAvailable 100% lets no pod go: no node can ever be drained" }}
{{- end }}
{{- end }}
{{- end }}
{{- if and .Values.ingress.enabled (empty .Values.ingress.hosts) }}
{{- fail "ingress.enabled needs at least one entry in ingress.hosts" }}
{{- end }}
{{- end }}

{{/*
The HorizontalPodAutoscaler's CPU target, as YAML ("{}" for none): autoscaling.targetCPU, or 80 %
of the CPU request when no target is given at all.
*/}}
{{- define "kratos-htmx-ui.cpuTarget" -}}
{{- $cpu := .Values.autoscaling.targetCPU | default dict }}
{{- if and (empty $cpu) (empty .Values.autoscaling.targetMemory) }}
{{- $cpu = dict "type" "Utilization" "averageUtilization" 80 }}
{{- end }}
{{- toYaml $cpu }}
{{- end }}
