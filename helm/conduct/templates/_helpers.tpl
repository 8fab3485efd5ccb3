{{/* The release's full name, at most 63 characters. */}}
{{- define "conduct.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "conduct.selectorLabels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "conduct.labels" -}}
{{ include "conduct.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{- define "conduct.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "conduct.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{/*
The chart runs the prod profile only: no extra variable may name a profile, turn on the
local token issuer or the demo data, or load other configuration files.
*/}}
{{- define "conduct.checkExtraEnv" -}}
{{- range .Values.extraEnv -}}
{{- $name := upper .name -}}
{{- if or (hasPrefix "SPRING_PROFILES" $name) (hasPrefix "CONDUCT_LOCAL" $name) (hasPrefix "SPRING_CONFIG" $name) (hasPrefix "CONDUCT_GRAPHIQL" $name) (hasPrefix "SPRING_GRAPHQL_GRAPHIQL" $name) -}}
{{- fail (printf "extraEnv %s is not allowed: the chart runs the prod profile only" .name) -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/* Every data region needs its own MongoDB: prod refuses regions without one. */}}
{{- define "conduct.checkRegions" -}}
{{- $names := list -}}
{{- range .Values.mongodb.regions -}}{{- $names = append $names .name -}}{{- end -}}
{{- range .Values.mongodb.dataRegions -}}
{{- if not (has . $names) -}}
{{- fail (printf "data region %s has no entry in mongodb.regions" .) -}}
{{- end -}}
{{- end -}}
{{- if not (has .Values.crypto.activeKey .Values.crypto.keyIds) -}}
{{- fail "crypto.activeKey must be one of crypto.keyIds" -}}
{{- end -}}
{{- end -}}

{{/*
The JVM options of the pod: heap as a share of the container's memory limit, the rest of
the JVM's memory bounded, then javaOptions.
*/}}
{{- define "conduct.javaToolOptions" -}}
{{- with .Values.jvm -}}
-XX:MaxRAMPercentage={{ .maxRamPercentage }} -XX:InitialRAMPercentage={{ .initialRamPercentage }} -XX:MaxMetaspaceSize={{ .maxMetaspace }} -XX:ReservedCodeCacheSize={{ .reservedCodeCache }} -XX:MaxDirectMemorySize={{ .maxDirectMemory }} -Xss{{ .threadStack }}
{{- end }}
{{- with .Values.javaOptions }} {{ . }}{{ end }}
{{- end }}
