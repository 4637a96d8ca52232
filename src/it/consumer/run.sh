#!/usr/bin/env bash
# Builds the consumer project against the iqtibos artifact in the local Maven repository (mvn install first) and
# runs it on exactly the classpath Maven gives a library user.
set -euo pipefail
cd "$(dirname "$0")"
mvn -B -q package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
java -cp "target/classes:$(cat target/classpath.txt)" consumer.Consumer
