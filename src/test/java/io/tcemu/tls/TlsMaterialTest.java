package io.tcemu.tls;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TlsMaterialTest {

    @TempDir
    Path dir;

    @Test
    void selfSignedCertificateCarriesTheNamesValidityAndUsagesClientsCheck() throws Exception {
        X509Certificate cert = readCertificate(write("cert.pem", TlsMaterial.selfSigned()));

        Set<String> sans = new HashSet<>();
        for (List<?> san : cert.getSubjectAlternativeNames()) {
            sans.add(san.get(0) + ":" + san.get(1)); // 2 = DNS name, 7 = IP address
        }
        assertEquals(Set.of("2:localhost", "2:*.localhost", "2:tencentcloudapi.com", "2:*.tencentcloudapi.com",
                "7:127.0.0.1", "7:0:0:0:0:0:0:0:1"), sans);

        Instant now = Instant.now();
        assertTrue(cert.getNotBefore().toInstant().isBefore(now.minus(Duration.ofHours(23))));
        assertTrue(cert.getNotAfter().toInstant().isAfter(now.plus(Duration.ofDays(700))));
        cert.checkValidity();

        assertEquals("CN=tcemu", cert.getSubjectX500Principal().getName());
        assertEquals(cert.getSubjectX500Principal(), cert.getIssuerX500Principal());
        cert.verify(cert.getPublicKey()); // really self-signed
        assertTrue(cert.getBasicConstraints() >= 0, "a CA, so it can be imported as a trust anchor");
        assertTrue(cert.getCriticalExtensionOIDs().contains("2.5.29.19"), "BasicConstraints critical");
        assertTrue(cert.getKeyUsage()[0] && cert.getKeyUsage()[5], "digitalSignature and keyCertSign");
        assertEquals(List.of("1.3.6.1.5.5.7.3.1"), cert.getExtendedKeyUsage()); // serverAuth
    }

    @Test
    void pemWrittenOutReadsBackUnchanged() throws Exception {
        TlsMaterial made = TlsMaterial.selfSigned();
        Path cert = write("cert.pem", made);
        Path key = Files.writeString(dir.resolve("key.pem"), made.privateKeyPem());
        assertTrue(made.privateKeyPem().startsWith("-----BEGIN PRIVATE KEY-----"));

        TlsMaterial loaded = TlsMaterial.fromPem(cert, key);
        assertEquals(made.certificatePem(), loaded.certificatePem());
        assertEquals(made.privateKeyPem(), loaded.privateKeyPem());

        // The traditional OpenSSL form ("EC PRIVATE KEY", as openssl ecparam -genkey writes it) is
        // accepted and given out as PKCS#8. BC's own key encoding is the route to it: the JDK's
        // leaves the curve out of the inner key, and a SEC1 key without its curve is unusable.
        Path ecKey = dir.resolve("ec-key.pem");
        try (PEMParser in = new PEMParser(new StringReader(made.privateKeyPem()));
             JcaPEMWriter out = new JcaPEMWriter(Files.newBufferedWriter(ecKey))) {
            byte[] pkcs8 = ((PrivateKeyInfo) in.readObject()).getEncoded();
            out.writeObject(KeyFactory.getInstance("EC", new BouncyCastleProvider())
                    .generatePrivate(new PKCS8EncodedKeySpec(pkcs8)));
        }
        assertTrue(Files.readString(ecKey).startsWith("-----BEGIN EC PRIVATE KEY-----"));
        // fromPem itself checks the key belongs to the certificate; the bytes may differ from made's
        // (the curve is then repeated inside the key), so compare the form only.
        assertTrue(TlsMaterial.fromPem(cert, ecKey).privateKeyPem().startsWith("-----BEGIN PRIVATE KEY-----"));
    }

    @Test
    void badFilesAreRejectedNamingTheFile() throws Exception {
        TlsMaterial made = TlsMaterial.selfSigned();
        Path cert = write("cert.pem", made);
        Path key = Files.writeString(dir.resolve("key.pem"), made.privateKeyPem());
        Path otherKey = Files.writeString(dir.resolve("other-key.pem"), TlsMaterial.selfSigned().privateKeyPem());
        Path missing = dir.resolve("missing.pem");
        Path garbled = Files.writeString(dir.resolve("garbled.pem"),
                "-----BEGIN CERTIFICATE-----\nnot base64!\n-----END CERTIFICATE-----\n");

        assertRejected(missing, () -> TlsMaterial.fromPem(missing, key));
        assertRejected(garbled, () -> TlsMaterial.fromPem(garbled, key));
        assertRejected(key, () -> TlsMaterial.fromPem(key, key)); // no certificate in it
        assertRejected(cert, () -> TlsMaterial.fromPem(cert, cert)); // no key in it
        assertRejected(otherKey, () -> TlsMaterial.fromPem(cert, otherKey)); // key of another certificate
    }

    @Test
    void clientTrustingOnlyTheExportedCertificateCompletesTheHandshake() throws Exception {
        assertServedOverHttps(TlsMaterial.selfSigned());
    }

    @Test
    void aUsersRsaKeyAndCertificateAreServedAsGiven() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name("CN=localhost");
        Instant now = Instant.now();
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                new JcaX509v3CertificateBuilder(name, BigInteger.ONE, Date.from(now.minus(Duration.ofDays(1))),
                        Date.from(now.plus(Duration.ofDays(1))), name, pair.getPublic())
                        .addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[]{
                                new GeneralName(GeneralName.dNSName, "localhost"),
                                new GeneralName(GeneralName.iPAddress, "127.0.0.1")}))
                        .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        Path cert = dir.resolve("user-cert.pem");
        Path key = dir.resolve("user-key.pem");
        Files.writeString(cert, pem(certificate));
        Files.writeString(key, pem(pair.getPrivate()));

        TlsMaterial material = TlsMaterial.fromPem(cert, key);
        assertEquals(certificate, assertServedOverHttps(material), "the certificate the client trusted");
    }

    private static String pem(Object object) throws Exception {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(object);
        }
        return text.toString();
    }

    /**
     * Serves the material on a Vert.x HTTPS listener and reaches it with a client that trusts only
     * the exported certificate, which it returns.
     */
    private X509Certificate assertServedOverHttps(TlsMaterial material) throws Exception {
        Path exported = write("tcemu.pem", material);

        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        trust.setCertificateEntry("tcemu", readCertificate(exported));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, tmf.getTrustManagers(), null);
        // java.net.http verifies the host name against the SANs unless told otherwise; nothing here turns that off.
        HttpClient client = HttpClient.newBuilder().sslContext(ssl).build();

        Vertx vertx = Vertx.vertx();
        try {
            HttpServer server = vertx.createHttpServer(new HttpServerOptions()
                            .setSsl(true)
                            .setKeyCertOptions(material.keyCertOptions()))
                    .requestHandler(request -> request.response().end("ok"))
                    .listen(0, "127.0.0.1")
                    .await(30, TimeUnit.SECONDS);

            for (String host : List.of("127.0.0.1", "localhost")) {
                URI uri = URI.create("https://" + host + ":" + server.actualPort() + "/");
                HttpResponse<String> response = client.send(
                        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, response.statusCode(), uri.toString());
                assertEquals("ok", response.body(), uri.toString());
            }
            return readCertificate(exported);
        } finally {
            vertx.close().await(30, TimeUnit.SECONDS);
        }
    }

    private Path write(String name, TlsMaterial material) throws Exception {
        Path file = dir.resolve(name);
        material.exportCertificate(file);
        return file;
    }

    private static X509Certificate readCertificate(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    private static void assertRejected(Path named, Executable load) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, load);
        assertTrue(e.getMessage().contains(named.toString()), e.getMessage());
    }
}
