# Production image: Payara Micro 6 (Jakarta EE 10, Java 17) serving the portal at /.
# Configure it with environment variables (see README "Configuration"); the database is an
# external MariaDB. CI does not build this image: no Docker engine runs on the build machines.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
COPY src ./src
COPY i18n ./i18n
COPY themes ./themes
RUN mvn -B -q -Dmaven.test.skip=true package

FROM payara/micro:6.2025.10-jdk17
COPY --from=build /src/target/llais.war /opt/payara/deployments/llais.war
COPY docker/preboot.asadmin /opt/payara/config/preboot.asadmin
ENV LLAIS_DB_URL="jdbc:mariadb://db:3306/llais" \
    LLAIS_DB_USER="llais" \
    LLAIS_BASE_URL="http://localhost:8080" \
    JVM_OPTS="-XX:MaxRAMPercentage=70 -Djava.awt.headless=true -Duser.timezone=UTC" \
    MICRO_OPTS="--nohazelcast"
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s \
  CMD wget -q -O /dev/null http://127.0.0.1:8080/health/ready || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JVM_OPTS -jar /opt/payara/payara-micro.jar --deploy /opt/payara/deployments/llais.war --contextroot / --prebootcommandfile /opt/payara/config/preboot.asadmin $MICRO_OPTS"]
