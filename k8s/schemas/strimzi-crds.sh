#!/usr/bin/env bash
# Regenerates k8s/schemas/strimzi-<version>/ with Strimzi's own CRD generator, from the released Maven artifacts.
# The generator needs Java 21 or newer: JAVA_HOME, or the Temurin JDK of this machine.
set -euo pipefail
version="${1:?usage: strimzi-crds.sh VERSION}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
java="${JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-2*-jdk-amd64 2>/dev/null | tail -1)}/bin/java"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat > "$work/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>local</groupId><artifactId>strimzi-crds</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>io.strimzi</groupId><artifactId>api</artifactId><version>$version</version></dependency>
    <dependency><groupId>io.strimzi</groupId><artifactId>crd-generator</artifactId><version>$version</version></dependency>
  </dependencies>
</project>
POM
"$here/../../mvnw" -B -q -f "$work/pom.xml" dependency:copy-dependencies -DoutputDirectory="$work/lib"
out="$here/strimzi-$version"
mkdir -p "$out"
model=io.strimzi.api.kafka.model
"$java" -cp "$work/lib/*" io.strimzi.crdgenerator.CrdGenerator \
  --label app:strimzi --label strimzi.io/crd-install:true --target-kube 1.16+ \
  --crd-api-version v1 --api-versions v1 --storage-version v1 --yaml \
  "$model.kafka.Kafka=$out/040-Crd-kafka.yaml" \
  "$model.topic.KafkaTopic=$out/043-Crd-kafkatopic.yaml" \
  "$model.user.KafkaUser=$out/044-Crd-kafkauser.yaml" \
  "$model.nodepool.KafkaNodePool=$out/045-Crd-kafkanodepool.yaml"
