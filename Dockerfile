# newsline: one image for every app; the command picks which (`run ingest|enrich|publish|all`, `topics create`).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN ./mvnw -q -B -DskipTests -pl cli -am package

FROM eclipse-temurin:17-jre
WORKDIR /opt/newsline
COPY --from=build /src/cli/target/newsline-cli.jar ./newsline-cli.jar
COPY --from=build /src/cli/target/lib ./lib
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/opt/newsline/newsline-cli.jar"]
CMD ["--help"]
