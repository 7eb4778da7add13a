# wirewatch: one image for every subcommand (topics, ingest, processor, alerts, up, replay).
#   docker build -t wirewatch:local .
#   docker run --rm wirewatch:local --help

# ---- build: the app's thin jar and its runtime dependencies
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build

# Poms first: the dependency layer below is rebuilt only when a pom changes, not on every edit.
# Maven needs every module listed in the parent pom, even those -pl app -am does not build.
COPY .mvn/ .mvn/
COPY pom.xml ./
COPY model/pom.xml model/
COPY broker/pom.xml broker/
COPY testkit/pom.xml testkit/
COPY streams/pom.xml streams/
COPY ingest/pom.xml ingest/
COPY processor/pom.xml processor/
COPY alerts/pom.xml alerts/
COPY app/pom.xml app/
RUN mvn -B -q dependency:go-offline -pl app -am

COPY . .
RUN mvn -B -DskipTests package -pl app -am

# ---- runtime: a JRE, the jar and lib/, a non-root user
FROM eclipse-temurin:17-jre

# A fixed uid/gid (not 1000, taken by the base image's 'ubuntu' user) so bind-mounted folders
# can be granted to it; /data/inbox and /data/state are where compose mounts volumes.
RUN groupadd --system --gid 10001 wirewatch \
    && useradd --system --uid 10001 --gid wirewatch --home-dir /app --no-create-home \
        --shell /usr/sbin/nologin wirewatch \
    && mkdir -p /data/inbox /data/state \
    && chown -R wirewatch:wirewatch /data

WORKDIR /app
# Dependencies change less often than the app: their layer goes first.
COPY --from=build /build/app/target/lib/ /app/lib/
COPY --from=build /build/app/target/wirewatch.jar /app/wirewatch.jar

# Kafka Streams state goes to a volume, never into the image; the heap follows the container's
# memory limit.
ENV WIREWATCH_STATE_DIR=/data/state \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"

USER 10001:10001
ENTRYPOINT ["java","-jar","/app/wirewatch.jar"]
CMD ["--help"]
