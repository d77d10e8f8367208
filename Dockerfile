# Build with the wrapper on a JDK, run on a JRE as a non-root user; data in a volume.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY scheduler/ scheduler/
COPY bot/ bot/
COPY templates/ templates/
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:25-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app vidguk \
 && mkdir -p /app /data \
 && chown vidguk /data
WORKDIR /app
COPY --from=build /src/bot/target/vidguk.jar /app/vidguk.jar
USER vidguk
ENV VIDGUK_DATA_DIR=/data
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD curl -fsS http://127.0.0.1:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/vidguk.jar"]
