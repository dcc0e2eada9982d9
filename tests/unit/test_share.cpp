#include <doctest/doctest.h>

#include "core/json_format.hpp"
#include "core/share.hpp"
#include "sample_agreement.hpp"
#include "test_document_helpers.hpp"

using namespace bpo;

namespace {

Agreement multilingual() {
    Agreement a = rules_test::complete_agreement();
    a.title = "Accord d'externalisation \xE2\x80\x93 soci\xC3\xA9t\xC3\xA9 g\xC3\xA9n\xC3\xA9rale";  // – société générale
    a.client.legal_name = "\xE6\xA0\xAA\xE5\xBC\x8F\xE4\xBC\x9A\xE7\xA4\xBE\xE3\x82\xA2\xE3\x82\xAF\xE3\x83\xA1";  // 株式会社アクメ
    a.provider.address = "Stra\xC3\x9F" "e 1, M\xC3\xBCnchen \xF0\x9F\x8F\xA2";                       // Straße 1, München 🏢
    a.services[0].languages = {"\xE4\xB8\xAD\xE6\x96\x87", "Fran\xC3\xA7" "ais"};                  // 中文, Français
    a.governance.shared_goals = "\xF0\x9F\x9A\x80 faster close \xF0\x9F\x98\x80";                   // 🚀 ... 😀
    return a;
}

}  // namespace

TEST_CASE("base64url encodes and decodes every byte, without padding") {
    std::string all;
    for (int i = 0; i < 256; ++i) all += static_cast<char>(i);
    for (std::size_t n : {0u, 1u, 2u, 3u, 4u, 5u, 256u}) {
        const std::string bytes = all.substr(0, n);
        const std::string text = base64url_encode(bytes);
        CHECK(text.find_first_of("+/=") == std::string::npos);
        std::string back;
        REQUIRE(base64url_decode(text, back));
        CHECK(back == bytes);
    }
    CHECK(base64url_encode("\xFB\xFF") == "-_8");
    std::string out;
    CHECK_FALSE(base64url_decode("ab+c", out));
    CHECK_FALSE(base64url_decode("abcde", out));  // a single trailing character is never valid
}

TEST_CASE("CRC-32 is the standard one") {
    CHECK(crc32_of("123456789") == 0xCBF43926u);
    CHECK(crc32_of("") == 0u);
}

TEST_CASE("share links round-trip agreements with non-ASCII text") {
    const Agreement a = multilingual();
    for (bool compress : {true, false}) {
        CAPTURE(compress);
        const ShareEncoding enc = encode_share_link(a, compress);
        REQUIRE(enc.ok());
        CHECK(enc.fragment.rfind("#a=v1.", 0) == 0);
        CHECK(enc.length == enc.fragment.size());
        CHECK(enc.fragment.find_first_not_of(
                  "#=.ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") == std::string::npos);
        const ShareDecoding dec = decode_share_link(enc.fragment);
        REQUIRE(dec.ok());
        CHECK(dec.message.empty());
        CHECK(export_agreement(dec.agreement) == export_agreement(a));
        CHECK(dec.agreement.client.legal_name == a.client.legal_name);
        CHECK(dec.agreement.governance.shared_goals == a.governance.shared_goals);
    }
    CHECK(encode_share_link(a, true).length < encode_share_link(a, false).length);
}

TEST_CASE("share links are found in whole URLs and among other fragment parameters") {
    const Agreement a = rules_test::complete_agreement();
    const std::string fragment = encode_share_link(a).fragment;
    CHECK(decode_share_link("https://example.org/bpo/index.html" + fragment).ok());
    CHECK(decode_share_link(fragment.substr(1)).ok());                       // without '#'
    CHECK(decode_share_link("  " + fragment + "\n").ok());                   // pasted with spaces
    CHECK(decode_share_link("#view=x&" + fragment.substr(1) + "&y=1").ok()); // other parameters
}

TEST_CASE("damaged, cut and foreign links give plain errors") {
    const Agreement a = rules_test::complete_agreement();
    const std::string fragment = encode_share_link(a).fragment;

    SUBCASE("one character changed: checksum mismatch or data that does not inflate") {
        std::string bad = fragment;
        const std::size_t at = bad.size() / 2;
        bad[at] = bad[at] == 'A' ? 'B' : 'A';
        const ShareDecoding d = decode_share_link(bad);
        CHECK(d.error == ShareError::Damaged);
        CHECK(d.message.rfind("the link is damaged", 0) == 0);
    }
    SUBCASE("a changed checksum byte is a checksum mismatch") {
        std::string payload;
        REQUIRE(base64url_decode(fragment.substr(6), payload));
        payload[1] = static_cast<char>(payload[1] ^ 0x01);
        const ShareDecoding d = decode_share_link("#a=v1." + base64url_encode(payload));
        CHECK(d.error == ShareError::Damaged);
        CHECK(d.message == "the link is damaged: checksum mismatch");
    }
    SUBCASE("characters that do not belong") {
        const ShareDecoding d = decode_share_link(fragment.substr(0, 20) + "%20" + fragment.substr(20));
        CHECK(d.error == ShareError::Damaged);
    }
    SUBCASE("cut short at any length") {
        for (std::size_t keep : {fragment.size() - 1, fragment.size() - 7, fragment.size() / 2, std::size_t{12},
                                 std::size_t{8}, std::size_t{6}}) {
            CAPTURE(keep);
            const ShareDecoding d = decode_share_link(fragment.substr(0, keep));
            CHECK((d.error == ShareError::Incomplete || d.error == ShareError::Damaged));
        }
        CHECK(decode_share_link(fragment.substr(0, fragment.size() / 2)).message ==
              "the link is incomplete: it was cut short, copy the whole link");
    }
    SUBCASE("stored (uncompressed) links cut short are incomplete") {
        const std::string stored = encode_share_link(a, false).fragment;
        CHECK(decode_share_link(stored.substr(0, stored.size() - 8)).error == ShareError::Incomplete);
    }
    SUBCASE("a newer version") {
        const ShareDecoding d = decode_share_link("#a=v2.AAAA");
        CHECK(d.error == ShareError::NewerVersion);
        CHECK(d.message.find("newer version") != std::string::npos);
    }
    SUBCASE("not a link at all") {
        CHECK(decode_share_link("hello").error == ShareError::NotALink);
        CHECK(decode_share_link("#b=1").error == ShareError::NotALink);
        CHECK(decode_share_link("#a=x1.abc").error == ShareError::Damaged);
    }
    SUBCASE("valid data that is not an agreement") {
        const std::string json = R"({"format":"bpo-agreement","version":1,"title":42})";
        std::string payload;
        payload += '\0';
        const std::uint32_t crc = crc32_of(json);
        const auto len = static_cast<std::uint32_t>(json.size());
        for (int s = 24; s >= 0; s -= 8) payload += static_cast<char>((crc >> s) & 0xFF);
        for (int s = 24; s >= 0; s -= 8) payload += static_cast<char>((len >> s) & 0xFF);
        payload += json;
        const ShareDecoding d = decode_share_link("#a=v1." + base64url_encode(payload));
        CHECK(d.error == ShareError::NotAnAgreement);
        REQUIRE(!d.import_errors.empty());
        CHECK(d.import_errors[0].pointer == "/title");
        CHECK(d.json == json);
    }
}

TEST_CASE("link length: warn above 2,000 characters, refuse above 32,000") {
    const Agreement small = rules_test::complete_agreement();
    const ShareEncoding s = encode_share_link(small);
    CHECK(s.ok());

    Agreement big = small;
    // Text that does not compress well: a pseudo-random letter soup.
    std::uint32_t x = 12345;
    auto soup = [&](std::size_t n) {
        std::string t;
        for (std::size_t i = 0; i < n; ++i) {
            x = x * 1103515245u + 12345u;
            t += static_cast<char>('a' + (x >> 16) % 26);
        }
        return t;
    };
    big.governance.shared_goals = soup(3000);
    const ShareEncoding l = encode_share_link(big);
    CHECK(l.status == ShareLength::Long);
    CHECK(l.ok());
    CHECK(decode_share_link(l.fragment).ok());

    big.governance.communication_norms = soup(40000);
    const ShareEncoding t = encode_share_link(big);
    CHECK(t.status == ShareLength::TooLong);
    CHECK_FALSE(t.ok());
    CHECK(t.fragment.empty());
    CHECK(t.length > share_link_max_chars);
    CHECK(decode_share_link("#a=v1." + std::string(share_link_max_chars + 5000, 'A')).error == ShareError::TooLong);
}

TEST_CASE("the fixtures fit a share link") {
    for (const std::string& name : test::fixture_names()) {
        CAPTURE(name);
        const Agreement a = test::load_fixture(name);
        const ShareEncoding enc = encode_share_link(a);
        REQUIRE(enc.ok());
        MESSAGE(name << ": " << enc.json_bytes << " bytes of JSON -> " << enc.length << " characters");
        const ShareDecoding dec = decode_share_link(enc.fragment);
        REQUIRE(dec.ok());
        CHECK(export_agreement(dec.agreement) == export_agreement(a));
    }
}
