#include "fetch/digest.h"

#include <openssl/evp.h>

namespace {

// The names OpenSSL 1.1 and 3 both know.
const char *opensslName(QCryptographicHash::Algorithm a)
{
    using H = QCryptographicHash;
    switch (a) {
    case H::Md5:
        return "MD5";
    case H::Sha1:
        return "SHA1";
    case H::Sha224:
        return "SHA224";
    case H::Sha256:
        return "SHA256";
    case H::Sha384:
        return "SHA384";
    case H::Sha512:
        return "SHA512";
    case H::Sha3_224:
        return "SHA3-224";
    case H::Sha3_256:
        return "SHA3-256";
    case H::Sha3_384:
        return "SHA3-384";
    case H::Sha3_512:
        return "SHA3-512";
    case H::Blake2b_512:
        return "BLAKE2b512";
    case H::Blake2s_256:
        return "BLAKE2s256";
    default:
        return nullptr;
    }
}

} // namespace

Digest::Digest(QCryptographicHash::Algorithm algorithm)
{
    const char *name = opensslName(algorithm);
    const EVP_MD *md = name ? EVP_get_digestbyname(name) : nullptr;
    EVP_MD_CTX *ctx = md ? EVP_MD_CTX_new() : nullptr;
    if (ctx && EVP_DigestInit_ex(ctx, md, nullptr) == 1) {
        m_ctx = ctx;
        return;
    }
    EVP_MD_CTX_free(ctx); // accepts nullptr
    m_qt.emplace(algorithm);
}

Digest::~Digest()
{
    EVP_MD_CTX_free(static_cast<EVP_MD_CTX *>(m_ctx));
}

void Digest::add(QByteArrayView data)
{
    if (m_ctx)
        EVP_DigestUpdate(static_cast<EVP_MD_CTX *>(m_ctx), data.data(), size_t(data.size()));
    else
        m_qt->addData(data);
}

QByteArray Digest::result()
{
    if (!m_ctx)
        return m_qt->result();
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(static_cast<EVP_MD_CTX *>(m_ctx), out, &length);
    return QByteArray(reinterpret_cast<const char *>(out), qsizetype(length));
}
