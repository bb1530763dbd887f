package io.tcemu.tls;

import io.vertx.core.net.KeyCertOptions;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.util.io.pem.PemGenerationException;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;

/**
 * The certificate chain and private key the HTTPS listener presents: either made at start
 * ({@link #selfSigned()}) or loaded from the user's PEM files ({@link #fromPem}).
 *
 * <p>BouncyCastle is used only to build and parse the ASN.1/PEM structures; all keys, signatures
 * and certificates go through the JDK's own providers, so BC is never registered as a global
 * security provider and cannot change what the rest of the JVM (or the TLS stack) picks.
 */
public final class TlsMaterial {

    /** Names a client may use to reach the emulator: local access, plus SDKs pointed at it by DNS or /etc/hosts. */
    private static final GeneralName[] SUBJECT_ALT_NAMES = {
            new GeneralName(GeneralName.dNSName, "localhost"),
            new GeneralName(GeneralName.dNSName, "*.localhost"),
            new GeneralName(GeneralName.dNSName, "tencentcloudapi.com"),
            new GeneralName(GeneralName.dNSName, "*.tencentcloudapi.com"),
            new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
            new GeneralName(GeneralName.iPAddress, "::1"),
    };

    /* Backdated a day so clients whose clock is a little behind still accept it; two years
       ahead stays under the 825-day limit Apple platforms apply even to user-trusted roots. */
    private static final Duration BACKDATE = Duration.ofDays(1);
    private static final Duration LIFETIME = Duration.ofDays(730);

    /** Protects the key only inside this process's key store, which never leaves memory. */
    private static final char[] IN_MEMORY_PASSWORD = "tcemu".toCharArray();

    private final List<X509Certificate> chain;
    private final PrivateKey privateKey;
    private final String certificatePem;
    private final String privateKeyPem;

    private TlsMaterial(List<X509Certificate> chain, PrivateKey privateKey) {
        this.chain = List.copyOf(chain);
        this.privateKey = privateKey;
        this.certificatePem = toPem(chain);
        // Always PKCS#8 ("BEGIN PRIVATE KEY"): the one form every consumer, Vert.x included, reads.
        this.privateKeyPem = toPem(List.of(pkcs8(privateKey)));
    }

    /**
     * A fresh EC P-256 key and a self-signed certificate for it, CN=tcemu.
     *
     * <p>The certificate is both the server certificate and the trust anchor clients import, so
     * it is marked as a CA (BasicConstraints CA:true, critical, with keyCertSign and a subject key
     * identifier): Java truststores and OpenSSL (curl, Python, Node) then accept it as a root,
     * including under Python 3.13's default VERIFY_X509_STRICT. ExtendedKeyUsage serverAuth and
     * digitalSignature (needed for ECDHE-ECDSA) let it serve as the TLS server certificate too.
     * (rustls-based clients are the exception: they refuse a CA certificate as the server's own.)
     */
    public static TlsMaterial selfSigned() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair keyPair = generator.generateKeyPair();

            X500Name name = new X500Name("CN=tcemu");
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            // A random serial, because every run has the same issuer name: browsers (NSS) refuse
            // a certificate whose issuer and serial match one they saw before with another key.
            BigInteger serial = new BigInteger(127, new SecureRandom()).add(BigInteger.ONE);
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();

            X509CertificateHolder holder = new JcaX509v3CertificateBuilder(
                    name, serial, Date.from(now.minus(BACKDATE)), Date.from(now.plus(LIFETIME)),
                    name, keyPair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                    .addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyCertSign))
                    .addExtension(Extension.extendedKeyUsage, false,
                            new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                    .addExtension(Extension.subjectAlternativeName, false,
                            new GeneralNames(SUBJECT_ALT_NAMES))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(keyPair.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            extensions.createAuthorityKeyIdentifier(keyPair.getPublic()))
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keyPair.getPrivate()));

            return new TlsMaterial(
                    List.of(new JcaX509CertificateConverter().getCertificate(holder)), keyPair.getPrivate());
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            // Only possible if the JDK lacks EC P-256 or SHA-256, which every supported JDK has.
            throw new IllegalStateException("cannot create the self-signed TLS certificate", e);
        }
    }

    /**
     * Loads a PEM certificate (the server certificate first, then any intermediates) and its
     * unencrypted PEM RSA or EC private key (PKCS#8, or the traditional "RSA PRIVATE KEY" /
     * "EC PRIVATE KEY" forms). Other PEM blocks are skipped, so one combined file may be given
     * for both, and the "EC PARAMETERS" block {@code openssl ecparam -genkey} writes is fine.
     *
     * @throws IllegalArgumentException naming the file and the problem, if a file cannot be read,
     *         holds no certificate or key, the key is of another type, or it does not belong to the
     *         first certificate
     */
    public static TlsMaterial fromPem(Path certFile, Path keyFile) {
        List<X509Certificate> chain = new ArrayList<>();
        for (Object o : readPem(certFile)) {
            if (o instanceof X509CertificateHolder holder) {
                try {
                    chain.add(new JcaX509CertificateConverter().getCertificate(holder));
                } catch (GeneralSecurityException e) {
                    throw new IllegalArgumentException(certFile + ": unusable certificate: " + e.getMessage(), e);
                }
            }
        }
        if (chain.isEmpty()) {
            throw new IllegalArgumentException(certFile + ": no PEM certificate (-----BEGIN CERTIFICATE-----) found");
        }

        PrivateKey key = null;
        for (Object o : readPem(keyFile)) {
            PrivateKeyInfo info = o instanceof PEMKeyPair pair ? pair.getPrivateKeyInfo()
                    : o instanceof PrivateKeyInfo pki ? pki : null;
            if (info != null) {
                try {
                    key = new JcaPEMKeyConverter().getPrivateKey(info);
                } catch (IOException e) {
                    throw new IllegalArgumentException(keyFile + ": unusable private key: " + e.getMessage(), e);
                }
                break;
            }
            if (o instanceof PKCS8EncryptedPrivateKeyInfo || o instanceof PEMEncryptedKeyPair) {
                throw new IllegalArgumentException(keyFile + ": the private key is encrypted;"
                        + " give an unencrypted one (e.g. openssl pkey -in KEY -out PLAIN)");
            }
        }
        if (key == null) {
            throw new IllegalArgumentException(keyFile + ": no PEM private key (-----BEGIN PRIVATE KEY-----,"
                    + " -----BEGIN RSA PRIVATE KEY----- or -----BEGIN EC PRIVATE KEY-----) found");
        }
        // Vert.x reads only RSA and EC keys from PEM; say so here rather than fail at server start.
        if (!key.getAlgorithm().equals("RSA") && !key.getAlgorithm().equals("EC")) {
            throw new IllegalArgumentException(keyFile + ": " + key.getAlgorithm()
                    + " keys are not supported, give an RSA or EC key");
        }
        // A mismatch would otherwise surface only as a failed handshake on the client's side.
        if (!keyMatches(key, chain.get(0))) {
            throw new IllegalArgumentException(keyFile + ": the private key does not belong to the first certificate in "
                    + certFile + " (" + chain.get(0).getSubjectX500Principal() + ")");
        }
        return new TlsMaterial(chain, key);
    }

    /** The certificate chain as PEM, server certificate first. */
    public String certificatePem() {
        return certificatePem;
    }

    /** The private key as unencrypted PKCS#8 PEM. */
    public String privateKeyPem() {
        return privateKeyPem;
    }

    /** Writes {@link #certificatePem()} to {@code file}, for clients to trust (curl --cacert, REQUESTS_CA_BUNDLE, keytool). */
    public void exportCertificate(Path file) throws IOException {
        Files.writeString(file, certificatePem, StandardCharsets.US_ASCII);
    }

    /**
     * The material in the form Vert.x's {@code HttpServerOptions.setKeyCertOptions} takes. Held in a
     * JKS key store in memory: from PEM, Vert.x stores the key in a PKCS#12 one, whose PBKDF2
     * protection cost a start about a tenth of its CPU, on the way to the HTTPS listener.
     */
    public KeyCertOptions keyCertOptions() {
        try {
            KeyStore store = KeyStore.getInstance("JKS");
            store.load(null, null);
            store.setKeyEntry("tcemu", privateKey, IN_MEMORY_PASSWORD, chain.toArray(new Certificate[0]));
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, IN_MEMORY_PASSWORD);
            return KeyCertOptions.wrap(keys);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot hold the TLS key in memory: " + e.getMessage(), e);
        }
    }

    private static List<Object> readPem(Path file) {
        String text;
        try {
            // Latin-1 decodes any bytes, so a binary (DER) file reaches the "no PEM ... found" message.
            text = Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file", e);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read (" + e + ")", e);
        }
        List<Object> objects = new ArrayList<>();
        try (PEMParser parser = new PEMParser(new StringReader(text))) {
            for (Object o = parser.readObject(); o != null; o = parser.readObject()) {
                objects.add(o);
            }
        } catch (IOException | RuntimeException e) {
            // Malformed blocks come as IOExceptions, bad base64 as BouncyCastle's DecoderException.
            throw new IllegalArgumentException(file + ": malformed PEM: " + e.getMessage(), e);
        }
        return objects;
    }

    /** Signs a probe with the key and checks it with the certificate's public key. */
    private static boolean keyMatches(PrivateKey key, X509Certificate certificate) {
        String algorithm = key.getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
        byte[] probe = "tcemu".getBytes(StandardCharsets.US_ASCII);
        try {
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false; // e.g. an RSA key with an EC certificate
        }
    }

    private static JcaPKCS8Generator pkcs8(PrivateKey key) {
        try {
            return new JcaPKCS8Generator(key, null);
        } catch (PemGenerationException e) {
            throw new IllegalStateException("cannot encode the private key as PKCS#8", e);
        }
    }

    private static String toPem(List<?> objects) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            for (Object o : objects) {
                writer.writeObject(o);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write PEM", e); // a StringWriter does not fail
        }
        return out.toString();
    }
}
