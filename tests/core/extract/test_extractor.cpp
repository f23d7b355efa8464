#include "extract/extractor.h"

#include <QFile>
#include <QHashSeed>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <thread>
#include <vector>

using namespace Guanxi;

namespace {

// Runs the extractor with the bundled rules and the tests' small lexicon.
class ExtractorTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        ExtractorOptions options;
        options.extraLexicons = {QStringLiteral(GUANXI_TEST_DATA_DIR "/extraction/lexicon/test_entities.tsv")};
        auto created = Extractor::create(options);
        ASSERT_TRUE(created) << created.error().toString().toStdString();
        s_extractor = *created;
    }
    static void TearDownTestSuite() { s_extractor.reset(); }

    static GraphDocument run(const QString &text, QDate published = QDate(2024, 8, 11))
    {
        auto doc = s_extractor->extractText(text, ExtractRequest{QStringLiteral("t.txt"), published});
        EXPECT_TRUE(doc);
        return doc ? *doc : GraphDocument();
    }

    static const Entity *named(const GraphDocument &doc, const QString &name)
    {
        for (const Entity &e : doc.entities)
            if (e.allNames().contains(name))
                return &e;
        return nullptr;
    }

    // The relation of this type between the entities so named, or nullptr.
    static const Relation *find(const GraphDocument &doc, RelationType type, const QString &from, const QString &to)
    {
        const Entity *a = named(doc, from);
        const Entity *b = named(doc, to);
        if (!a || !b)
            return nullptr;
        for (const Relation &r : doc.relations)
            if (r.type == type
                && ((r.source == a->key && r.target == b->key)
                    || (isSymmetric(type) && r.source == b->key && r.target == a->key)))
                return &r;
        return nullptr;
    }

    static std::shared_ptr<const Extractor> s_extractor;
};

std::shared_ptr<const Extractor> ExtractorTest::s_extractor;

} // namespace

TEST_F(ExtractorTest, TextWithoutEntitiesYieldsNothing)
{
    const auto doc = run(QStringLiteral("今天天气很好。我们去公园散步，然后回家吃饭。"));
    EXPECT_TRUE(doc.entities.isEmpty());
    EXPECT_TRUE(doc.relations.isEmpty());
}

TEST_F(ExtractorTest, EmptyTextYieldsAnEmptyGraph)
{
    const auto doc = run(QString());
    EXPECT_TRUE(doc.entities.isEmpty());
}

TEST_F(ExtractorTest, DocumentInfoKeepsTextAndDate)
{
    const QString text = QStringLiteral("来源:华尔街见闻\n马斯克加入了OpenAI。");
    const auto doc = run(text);
    EXPECT_EQ(doc.info.text, text);
    EXPECT_EQ(doc.info.published, QDate(2024, 8, 11));
    EXPECT_EQ(doc.info.language, QStringLiteral("zh"));
    EXPECT_EQ(doc.info.name, QStringLiteral("t.txt"));
}

TEST_F(ExtractorTest, EvidenceOffsetsPointIntoTheOriginalText)
{
    const QString text = QStringLiteral("第一句话。马斯克加入了OpenAI。");
    const auto doc = run(text);
    const Relation *r = find(doc, RelationType::Joined, QStringLiteral("马斯克"), QStringLiteral("OpenAI"));
    ASSERT_TRUE(r);
    ASSERT_EQ(r->evidence.size(), 1);
    const Evidence &ev = r->evidence.first();
    EXPECT_EQ(text.mid(ev.start, ev.end - ev.start), ev.sentence);
    EXPECT_TRUE(ev.sentence.contains(QStringLiteral("加入")));
}

// Folding (traditional to simplified, full-width to half-width) keeps the
// length, so offsets found in the folded text slice the text as written.
TEST_F(ExtractorTest, EvidenceOffsetsPointIntoTheOriginalTraditionalFullWidthText)
{
    const QString text = QStringLiteral("第一句話。２０２１年３月，周受資離開小米，加入字節跳動。");
    const auto doc = run(text);
    const Relation *r = find(doc, RelationType::Left, QStringLiteral("周受资"), QStringLiteral("小米"));
    ASSERT_TRUE(r);
    ASSERT_EQ(r->evidence.size(), 1);
    const Evidence &ev = r->evidence.first();
    EXPECT_EQ(text.mid(ev.start, ev.end - ev.start), ev.sentence);
    EXPECT_TRUE(ev.sentence.startsWith(QStringLiteral("２０２１年３月，周受資")));
}

TEST_F(ExtractorTest, FoundedBySubjectVerbObject)
{
    const auto doc = run(QStringLiteral("2015年，马斯克与奥特曼共同创立了OpenAI。"));
    const Relation *r = find(doc, RelationType::Founded, QStringLiteral("马斯克"), QStringLiteral("OpenAI"));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->time.toString(), QStringLiteral("2015"));
    EXPECT_TRUE(find(doc, RelationType::Founded, QStringLiteral("奥特曼"), QStringLiteral("OpenAI")));
}

TEST_F(ExtractorTest, FoundedInThePassive)
{
    const auto doc = run(QStringLiteral("百川智能由王小川与茹立云于2023年4月联合创立。"));
    const Relation *r = find(doc, RelationType::Founded, QStringLiteral("王小川"), QStringLiteral("百川智能"));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->time.toString(), QStringLiteral("2023-04"));
    EXPECT_TRUE(find(doc, RelationType::Founded, QStringLiteral("茹立云"), QStringLiteral("百川智能")));
}

TEST_F(ExtractorTest, FounderTitle)
{
    const auto doc = run(QStringLiteral("小米创办人雷军当时在微博送别。"));
    EXPECT_TRUE(find(doc, RelationType::Founded, QStringLiteral("雷军"), QStringLiteral("小米")));
}

TEST_F(ExtractorTest, JoinedInSeveralPhrasings)
{
    const auto doc = run(QStringLiteral("张伟去年加盟腾讯。李强今年回归阿里巴巴。"));
    EXPECT_TRUE(find(doc, RelationType::Joined, QStringLiteral("张伟"), QStringLiteral("腾讯")));
    EXPECT_TRUE(find(doc, RelationType::Joined, QStringLiteral("李强"), QStringLiteral("阿里巴巴")));
}

// 入伙: joining a company as a partner joins it.
TEST_F(ExtractorTest, JoinedByBecomingAPartner)
{
    const auto doc = run(QStringLiteral("弗里德曼的老搭档丹尼尔·格罗斯（Daniel Gross）也一同入伙Meta。"));
    EXPECT_TRUE(find(doc, RelationType::Joined, QStringLiteral("Daniel Gross"), QStringLiteral("Meta")));
}

TEST_F(ExtractorTest, LeftWithTheOrganisationAfterTheVerb)
{
    const auto doc = run(QStringLiteral("2021年3月，周受资离开小米，加入字节跳动担任首席财务官。"));
    const Relation *left = find(doc, RelationType::Left, QStringLiteral("周受资"), QStringLiteral("小米"));
    ASSERT_TRUE(left);
    EXPECT_EQ(left->time.toString(), QStringLiteral("2021-03"));
    EXPECT_TRUE(find(doc, RelationType::Joined, QStringLiteral("周受资"), QStringLiteral("字节跳动")));
}

// 离任 alone: the organisation of the title the person held.
TEST_F(ExtractorTest, LeftByLeavingOfficeAfterATitle)
{
    const auto doc = run(QStringLiteral("2020年，时任字节跳动副总裁的马维英离任，加入了清华大学。"));
    const Relation *left = find(doc, RelationType::Left, QStringLiteral("马维英"), QStringLiteral("字节跳动"));
    ASSERT_TRUE(left);
    EXPECT_EQ(left->time.toString(), QStringLiteral("2020"));
}

// 卸下…一职: stepping down from a post of the organisation the clause names.
TEST_F(ExtractorTest, LeftByLayingDownAPost)
{
    const auto doc = run(QStringLiteral("此前统管Seed的朱文佳则卸下Seed负责人一职，转而专注模型应用层面的工作。"));
    EXPECT_TRUE(find(doc, RelationType::Left, QStringLiteral("朱文佳"), QStringLiteral("Seed")));
}

// 从X转往Y, 由X投效Y: a move names the employer left and the one joined.
TEST_F(ExtractorTest, MoveFromOneEmployerToAnother)
{
    const auto doc = run(QStringLiteral("2024年，王立从谷歌转往微软担任AI企业副总裁。"));
    EXPECT_TRUE(find(doc, RelationType::Left, QStringLiteral("王立"), QStringLiteral("谷歌")));
    EXPECT_TRUE(find(doc, RelationType::Joined, QStringLiteral("王立"), QStringLiteral("微软")));
}

// 转往法院重新起诉: a suit taken to a court; nobody joins the court.
TEST_F(ExtractorTest, NobodyJoinsTheCourtASuitIsTakenTo)
{
    const auto doc = run(QStringLiteral("同年8月，马斯克又转往北加州联邦地方法院重新起诉OpenAI。"));
    EXPECT_FALSE(find(doc, RelationType::Joined, QStringLiteral("马斯克"), QStringLiteral("北加州联邦地方法院")));
    EXPECT_TRUE(named(doc, QStringLiteral("北加州联邦地方法院")));
}

// 离开阿里的…周畅: a relative clause before the person; 阿里 is what was left, not whose 周畅 is.
TEST_F(ExtractorTest, LeftInARelativeClauseBeforeThePerson)
{
    const auto doc = run(QStringLiteral("去年7月离开阿里的通义千问前技术负责人周畅入职字节跳动。"));
    const Relation *left = find(doc, RelationType::Left, QStringLiteral("周畅"), QStringLiteral("阿里巴巴"));
    ASSERT_TRUE(left);
    EXPECT_EQ(left->time.toString(), QStringLiteral("2023-07"));
}

// 创立百度的李彦宏: the founder is the person the relative clause leads to.
TEST_F(ExtractorTest, FoundedInARelativeClauseBeforeThePerson)
{
    const auto doc = run(QStringLiteral("创立百度的李彦宏表示，公司将继续加大投入。"));
    EXPECT_TRUE(find(doc, RelationType::Founded, QStringLiteral("李彦宏"), QStringLiteral("百度")));
}

// 由X联合创办的AI客服公司Sierra: a short description may stand between 的 and the company founded.
TEST_F(ExtractorTest, FoundedByWithADescriptionBeforeTheCompany)
{
    const auto doc = run(QStringLiteral("由王小川创办的大模型公司百川智能宣布完成融资。"));
    EXPECT_TRUE(find(doc, RelationType::Founded, QStringLiteral("王小川"), QStringLiteral("百川智能")));
}

// 董事会主席布雷特·泰勒: the end of a title is no part of the transliterated name after it.
TEST_F(ExtractorTest, DottedNameAfterATitleLeavesTheTitleOut)
{
    const auto doc = run(QStringLiteral("OpenAI董事会主席布雷特·泰勒表示，公司将继续投入。"));
    EXPECT_TRUE(named(doc, QStringLiteral("布雷特·泰勒")));
    EXPECT_FALSE(named(doc, QStringLiteral("席布雷特·泰勒")));
}

TEST_F(ExtractorTest, OnLeaveWithDuration)
{
    const auto doc = run(QStringLiteral("OpenAI总裁Greg Brockman于上周表示将休假一年。"));
    const Relation *r = find(doc, RelationType::OnLeave, QStringLiteral("Greg Brockman"), QStringLiteral("OpenAI"));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->duration, QStringLiteral("P1Y"));
    EXPECT_EQ(r->time.toString(), QStringLiteral("2024-W31"));
}

TEST_F(ExtractorTest, OnLeaveUnpaid)
{
    const auto doc = run(QStringLiteral("腾讯副总裁王峰宣布停薪留职。"));
    EXPECT_TRUE(find(doc, RelationType::OnLeave, QStringLiteral("王峰"), QStringLiteral("腾讯")));
}

TEST_F(ExtractorTest, WorksAtFromATitle)
{
    const auto doc = run(QStringLiteral("阿里巴巴集团副总裁颜乔在朋友圈发文。"));
    const Relation *r = find(doc, RelationType::WorksAt, QStringLiteral("颜乔"), QStringLiteral("阿里巴巴"));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->role, QStringLiteral("副总裁"));
}

// 首席研究官, 首席科学官: C-level titles the title list lacked name their holder too.
TEST_F(ExtractorTest, WorksAtFromAChiefResearchOfficerTitle)
{
    const auto doc = run(QStringLiteral("OpenAI首席研究官马克·陈则在内部信中写道，公司不会退缩。"));
    const Relation *r = find(doc, RelationType::WorksAt, QStringLiteral("马克·陈"), QStringLiteral("OpenAI"));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->role, QStringLiteral("首席研究官"));
}

// Windsurf首席执行官A、联合创始人B: the next titled person in the list holds the title there too.
TEST_F(ExtractorTest, TitleInAListOfTitledPeopleKeepsTheOrganisation)
{
    const auto doc = run(QStringLiteral("谷歌宣布把Windsurf首席执行官瓦伦·莫汉、联合创始人道格拉斯·陈以及部分研发人员招入谷歌DeepMind。"));
    EXPECT_TRUE(find(doc, RelationType::Founded, QStringLiteral("道格拉斯·陈"), QStringLiteral("Windsurf")));
    EXPECT_FALSE(find(doc, RelationType::Founded, QStringLiteral("道格拉斯·陈"), QStringLiteral("谷歌")));
}

// 谷歌从Character.AI带走了创始人诺姆·沙泽尔: the founder is the one of the organisation taken from.
TEST_F(ExtractorTest, FounderTakenFromAnOrganisationIsItsFounder)
{
    const auto doc = run(QStringLiteral("2024年8月，谷歌从Character.AI带走了创始人诺姆·沙泽尔。"));
    EXPECT_TRUE(find(doc, RelationType::Founded, QStringLiteral("诺姆·沙泽尔"), QStringLiteral("Character.AI")));
    EXPECT_FALSE(find(doc, RelationType::Founded, QStringLiteral("诺姆·沙泽尔"), QStringLiteral("谷歌")));
}

TEST_F(ExtractorTest, WorksAtByAppointment)
{
    const auto doc = run(QStringLiteral("2010年8月，腾讯独立运营，王小川出任其首席执行官。"));
    const Relation *r = find(doc, RelationType::WorksAt, QStringLiteral("王小川"), QStringLiteral("腾讯"));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->role, QStringLiteral("首席执行官"));
    EXPECT_EQ(r->time.toString(), QStringLiteral("2010-08"));
}

TEST_F(ExtractorTest, InvestedWithAmount)
{
    const auto doc = run(QStringLiteral("2013年9月，腾讯向百度注资4.48亿美元。"));
    const Relation *r = find(doc, RelationType::InvestedIn, QStringLiteral("腾讯"), QStringLiteral("百度"));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->amount, QStringLiteral("4.48亿美元"));
    ASSERT_TRUE(r->amountValue);
    EXPECT_DOUBLE_EQ(*r->amountValue, 4.48e8);
    EXPECT_EQ(r->currency, QStringLiteral("USD"));
}

TEST_F(ExtractorTest, FundingRoundGivesEveryInvestorTheRoundsAmount)
{
    const auto doc = run(QStringLiteral("同年10月，百川智能完成3亿美元A1轮融资，阿里、腾讯、小米等参投。"));
    for (const QString &investor : {QStringLiteral("阿里"), QStringLiteral("腾讯"), QStringLiteral("小米")}) {
        const Relation *r = find(doc, RelationType::InvestedIn, investor, QStringLiteral("百川智能"));
        ASSERT_TRUE(r) << investor.toStdString();
        EXPECT_EQ(r->amount, QStringLiteral("3亿美元"));
    }
}

TEST_F(ExtractorTest, DeniedInvestmentIsLeftOut)
{
    const auto doc = run(QStringLiteral("市场传出阿里巴巴将以10亿美元投资DeepSeek的消息，阿里巴巴随即否认。"));
    EXPECT_FALSE(find(doc, RelationType::InvestedIn, QStringLiteral("阿里巴巴"), QStringLiteral("DeepSeek")));
}

TEST_F(ExtractorTest, DeniedMoveIsLeftOut)
{
    const auto doc = run(QStringLiteral("马斯克并未加入微软。"));
    EXPECT_FALSE(find(doc, RelationType::Joined, QStringLiteral("马斯克"), QStringLiteral("微软")));
}

TEST_F(ExtractorTest, RumourFromInsidersIsLeftOut)
{
    const auto doc = run(QStringLiteral("据知情人士透露，腾讯曾领投百度一笔融资，但腾讯并未置评。"));
    EXPECT_FALSE(find(doc, RelationType::InvestedIn, QStringLiteral("腾讯"), QStringLiteral("百度")));
}

// 彼时多家媒体报道，OpenAI已同意收购Windsurf: what the media reported is no fact of the article's.
TEST_F(ExtractorTest, MediaReportIsLeftOut)
{
    const auto doc = run(QStringLiteral("彼时多家媒体报道，OpenAI已同意以约30亿美元收购Windsurf。"));
    EXPECT_FALSE(find(doc, RelationType::SubsidiaryOf, QStringLiteral("Windsurf"), QStringLiteral("OpenAI")));
}

TEST_F(ExtractorTest, PoachingMeansTheOtherJoined)
{
    const auto doc = run(QStringLiteral("微软挖走了谷歌研究员张明。"));
    EXPECT_TRUE(find(doc, RelationType::Joined, QStringLiteral("张明"), QStringLiteral("微软")));
}

TEST_F(ExtractorTest, LawsuitWithPartiesCourtAndTime)
{
    const auto doc = run(QStringLiteral("本周，马斯克在联邦法院对奥特曼提起诉讼。"));
    const Entity *suit = nullptr;
    for (const Entity &e : doc.entities)
        if (e.type == EntityType::Lawsuit)
            suit = &e;
    ASSERT_TRUE(suit);
    EXPECT_EQ(suit->court, QStringLiteral("联邦法院"));
    EXPECT_EQ(suit->status, LawsuitStatus::Filed);
    EXPECT_EQ(suit->time.toString(), QStringLiteral("2024-W32"));
    int plaintiffs = 0, defendants = 0;
    for (const Relation &r : doc.relations) {
        if (r.target != suit->key)
            continue;
        plaintiffs += r.type == RelationType::PlaintiffIn && r.source == named(doc, QStringLiteral("马斯克"))->key;
        defendants += r.type == RelationType::DefendantIn && r.source == named(doc, QStringLiteral("奥特曼"))->key;
    }
    EXPECT_EQ(plaintiffs, 1);
    EXPECT_EQ(defendants, 1);
}

// 提起类似诉讼: a word for the kind of suit may stand inside the verb phrase.
TEST_F(ExtractorTest, LawsuitOfAKindNamedInsideTheVerb)
{
    const auto doc = run(QStringLiteral("迪士尼与环球影业已对Midjourney提起类似诉讼。"));
    const Entity *suit = nullptr;
    for (const Entity &e : doc.entities)
        if (e.type == EntityType::Lawsuit)
            suit = &e;
    ASSERT_TRUE(suit);
    EXPECT_TRUE(find(doc, RelationType::PlaintiffIn, QStringLiteral("环球影业"), suit->name));
    EXPECT_TRUE(find(doc, RelationType::DefendantIn, QStringLiteral("Midjourney"), suit->name));
}

// 在同一法院: the court of the suit told before, not a court named 同一法院.
TEST_F(ExtractorTest, SameCourtIsTheCourtOfTheSuitBefore)
{
    const auto doc = run(QStringLiteral("本周二，迪士尼在美国加州中区联邦地区法院起诉MiniMax。"
                                        "今年6月，环球影业已在同一法院对Midjourney提起诉讼。"));
    int suits = 0;
    for (const Entity &e : doc.entities)
        if (e.type == EntityType::Lawsuit) {
            ++suits;
            EXPECT_FALSE(e.court.contains(QStringLiteral("同一"))) << e.court.toStdString();
            EXPECT_FALSE(e.court.isEmpty());
        }
    EXPECT_EQ(suits, 2);
}

TEST_F(ExtractorTest, WithdrawnLawsuit)
{
    const auto doc = run(QStringLiteral("今年早些时候，马斯克在加州对OpenAI提起诉讼，最终他撤回了那起诉讼。"));
    bool withdrawn = false;
    for (const Entity &e : doc.entities)
        withdrawn = withdrawn || (e.type == EntityType::Lawsuit && e.status == LawsuitStatus::Withdrawn);
    EXPECT_TRUE(withdrawn);
}

TEST_F(ExtractorTest, DeniedMotionKeepsTheSuitFiled)
{
    const auto doc = run(QStringLiteral("去年1月，马斯克起诉微软。上月12日，法官驳回了被告撤销指控的动议。"));
    bool filed = false;
    for (const Entity &e : doc.entities)
        filed = filed || (e.type == EntityType::Lawsuit && e.status == LawsuitStatus::Filed);
    EXPECT_TRUE(filed);
}

TEST_F(ExtractorTest, CompetitorListedByTheOther)
{
    const auto doc = run(QStringLiteral("上周，微软又正式将OpenAI列为竞争对手。"));
    const Relation *r = find(doc, RelationType::CompetitorOf, QStringLiteral("微软"), QStringLiteral("OpenAI"));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->time.toString(), QStringLiteral("2024-W31"));
}

TEST_F(ExtractorTest, CompetitorNamedAfterTheNoun)
{
    const auto doc = run(QStringLiteral("百度起诉了老对手腾讯。"));
    EXPECT_TRUE(find(doc, RelationType::CompetitorOf, QStringLiteral("百度"), QStringLiteral("腾讯")));
}

TEST_F(ExtractorTest, DevelopsAReleasedProduct)
{
    const auto doc = run(QStringLiteral("1月29日，腾讯发布旗舰模型Hunyuan-T1。"));
    EXPECT_TRUE(find(doc, RelationType::Develops, QStringLiteral("腾讯"), QStringLiteral("Hunyuan-T1")));
}

TEST_F(ExtractorTest, DevelopsInSeveralPhrasings)
{
    const auto doc = run(QStringLiteral("Meta推出了Llama 4。GPT-4o由OpenAI开发。谷歌研发的Gemini 2.0表现出色。"));
    EXPECT_TRUE(find(doc, RelationType::Develops, QStringLiteral("Meta"), QStringLiteral("Llama 4")));
    EXPECT_TRUE(find(doc, RelationType::Develops, QStringLiteral("OpenAI"), QStringLiteral("GPT-4o")));
    EXPECT_TRUE(find(doc, RelationType::Develops, QStringLiteral("谷歌"), QStringLiteral("Gemini 2.0")));
}

// Qt seeds its hashes afresh in every process: what the extractor reads out of a
// hash must still come out in one order (two versions' makers once came out in the
// hash's order, and the same file gave two different JSON files).
TEST_F(ExtractorTest, OutputOrderDoesNotDependOnTheHashSeed)
{
    const QString text = QStringLiteral("程砚在北京创立了思渊智能，当年底推出了第一代模型“渊问”。\n"
                                        "陶嘉禾创办了知弈科技。2024年初，这家公司推出了通用智能体“弈手”。\n"
                                        "两家早已是正面交锋的竞品：渊问4.0和弈手2.0都主打“能干活的Agent”。\n");
    const auto relations = [&] {
        const GraphDocument doc = run(text);
        QStringList out;
        for (const Relation &r : doc.relations)
            out.append(r.source + u' ' + toString(r.type) + u' ' + r.target);
        return out;
    };
    const QStringList first = relations();
    ASSERT_TRUE(find(run(text), RelationType::Develops, QStringLiteral("知弈科技"), QStringLiteral("弈手2.0")));
    for (int i = 0; i < 24; ++i) {
        QHashSeed::resetRandomGlobalSeed();
        EXPECT_EQ(relations(), first) << "seed " << i;
    }
}

// X的早期股东包括A、B: the shareholders listed after a word that lists them invest in X.
TEST_F(ExtractorTest, ShareholdersListedAfterIncludes)
{
    const auto doc = run(QStringLiteral("宇树的早期股东包括红杉中国、顺为资本等机构。"));
    EXPECT_TRUE(find(doc, RelationType::InvestedIn, QStringLiteral("红杉中国"), QStringLiteral("宇树科技")));
    EXPECT_TRUE(find(doc, RelationType::InvestedIn, QStringLiteral("顺为资本"), QStringLiteral("宇树科技")));
}

// A是X的投资方之一: one of the investors is an investor.
TEST_F(ExtractorTest, OneOfTheInvestors)
{
    const auto doc = run(QStringLiteral("米哈游是MiniMax最早的投资方之一。"));
    EXPECT_TRUE(find(doc, RelationType::InvestedIn, QStringLiteral("米哈游"), QStringLiteral("MiniMax")));
}

// 豆包大模型1.5 Pro, Lumen 3.0-Turbo: an edition after a model's version is part of its name.
TEST_F(ExtractorTest, ModelEditionAfterItsVersionIsPartOfItsName)
{
    const auto doc = run(QStringLiteral("今年1月，字节跳动发布了豆包大模型1.5 Pro。星河科技推出了模型Lumen 3.0-Turbo。"));
    EXPECT_TRUE(find(doc, RelationType::Develops, QStringLiteral("字节跳动"), QStringLiteral("豆包大模型1.5 Pro")));
    EXPECT_TRUE(named(doc, QStringLiteral("Lumen 3.0-Turbo")));
}

TEST_F(ExtractorTest, SubsidiaryFromOwnership)
{
    const auto doc = run(QStringLiteral("交易完成后百度仍是腾讯旗下的子公司。"));
    EXPECT_TRUE(find(doc, RelationType::SubsidiaryOf, QStringLiteral("百度"), QStringLiteral("腾讯")));
}

// 中国移动旗下基金、腾讯、阿里巴巴共同领投: an unnamed fund opens the list; the names after it are not China Mobile's.
TEST_F(ExtractorTest, UnnamedUnitInAListOwnsNoneOfTheList)
{
    const auto doc = run(QStringLiteral("上月，宇树完成了C轮融资，中国移动旗下基金、腾讯、阿里巴巴共同领投。"));
    EXPECT_FALSE(find(doc, RelationType::SubsidiaryOf, QStringLiteral("腾讯"), QStringLiteral("中国移动")));
    EXPECT_FALSE(find(doc, RelationType::SubsidiaryOf, QStringLiteral("阿里巴巴"), QStringLiteral("中国移动")));
    EXPECT_TRUE(find(doc, RelationType::InvestedIn, QStringLiteral("腾讯"), QStringLiteral("宇树科技")));
}

TEST_F(ExtractorTest, SubsidiaryFromAcquisition)
{
    const auto doc = run(QStringLiteral("2021年9月，腾讯完成对百度的私有化收购。"));
    const Relation *r = find(doc, RelationType::SubsidiaryOf, QStringLiteral("百度"), QStringLiteral("腾讯"));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->time.toString(), QStringLiteral("2021-09"));
}

TEST_F(ExtractorTest, PronounResolvesToThePreviousSubject)
{
    const auto doc = run(QStringLiteral("马斯克是特斯拉的负责人。他于6月宣布创办了新公司Safe Superintelligence Inc。"));
    const Relation *r = find(doc, RelationType::Founded, QStringLiteral("马斯克"),
                             QStringLiteral("Safe Superintelligence Inc"));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->time.toString(), QStringLiteral("2024-06"));
}

TEST_F(ExtractorTest, FemalePronounResolvesToThePreviousPerson)
{
    const auto doc = run(QStringLiteral("腾讯副总裁李娜近日接受了采访。她于去年8月离职，随后加入阿里巴巴。"));
    const Relation *left = find(doc, RelationType::Left, QStringLiteral("李娜"), QStringLiteral("腾讯"));
    ASSERT_TRUE(left);
    EXPECT_EQ(left->time.toString(), QStringLiteral("2023-08"));
    EXPECT_TRUE(find(doc, RelationType::Joined, QStringLiteral("李娜"), QStringLiteral("阿里巴巴")));
}

// 该公司 is the company the last sentence was about, not the other one it named.
TEST_F(ExtractorTest, CompanyPronounResolvesToThePreviousSubject)
{
    const auto doc = run(QStringLiteral("OpenAI的竞争对手Anthropic成立于2021年。该公司去年获得了亚马逊40亿美元投资。"));
    EXPECT_TRUE(find(doc, RelationType::InvestedIn, QStringLiteral("亚马逊"), QStringLiteral("Anthropic")));
    EXPECT_FALSE(find(doc, RelationType::InvestedIn, QStringLiteral("亚马逊"), QStringLiteral("OpenAI")));
}

TEST_F(ExtractorTest, ThisCompanyResolvesToThePreviousSubject)
{
    const auto doc = run(QStringLiteral("星海智能成立于2019年。这家公司去年获得了腾讯的投资。"));
    const Relation *r = find(doc, RelationType::InvestedIn, QStringLiteral("腾讯"), QStringLiteral("星海智能"));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->time.toString(), QStringLiteral("2023"));
}

TEST_F(ExtractorTest, ShortFormsMergeIntoOneEntity)
{
    const auto doc = run(QStringLiteral("萨姆·奥尔特曼(Sam Altman)是OpenAI的首席执行官。Altman表示，奥特曼本人并不担心。"));
    int people = 0;
    for (const Entity &e : doc.entities)
        people += e.type == EntityType::Person;
    EXPECT_EQ(people, 1);
    const Entity *altman = named(doc, QStringLiteral("Sam Altman"));
    ASSERT_TRUE(altman);
    EXPECT_TRUE(altman->allNames().contains(QStringLiteral("萨姆·奥尔特曼")));
}

TEST_F(ExtractorTest, UnknownTransliteratedNameTakesItsEnglishNameAndFamilyName)
{
    const auto doc = run(QStringLiteral("导演詹姆斯·卡梅隆(James Cameron)宣布加入微软董事会。卡梅隆表示很兴奋。"));
    const Entity *cameron = named(doc, QStringLiteral("James Cameron"));
    ASSERT_TRUE(cameron);
    EXPECT_TRUE(cameron->allNames().contains(QStringLiteral("卡梅隆")));
    EXPECT_TRUE(find(doc, RelationType::Joined, QStringLiteral("James Cameron"), QStringLiteral("微软")));
}

TEST_F(ExtractorTest, ForeignFamilyNameAloneIsThePersonNamedInFull)
{
    const auto doc = run(QStringLiteral("星河汽车由工程师Daniel Park于2016年创办。Park目前担任公司首席执行官。"));
    const Entity *park = named(doc, QStringLiteral("Daniel Park"));
    ASSERT_TRUE(park);
    EXPECT_EQ(park->type, EntityType::Person);
    EXPECT_EQ(named(doc, QStringLiteral("Park")), park);
}

TEST_F(ExtractorTest, LatinNameStartingWithAGivenNameIsAPerson)
{
    const auto doc = run(QStringLiteral("星河汽车由张伟伦与Daniel Park于2016年共同创办。"));
    const Entity *park = named(doc, QStringLiteral("Daniel Park"));
    ASSERT_TRUE(park);
    EXPECT_EQ(park->type, EntityType::Person);
    EXPECT_TRUE(find(doc, RelationType::Founded, QStringLiteral("Daniel Park"), QStringLiteral("星河汽车")));
}

TEST_F(ExtractorTest, LatinNameWhoseFamilyNameTakesARoleIsAPerson)
{
    const auto doc = run(QStringLiteral("青岩数据由Tariq Okonkwo于2022年创立。2024年起，Okonkwo担任首席执行官。"));
    const Entity *founder = named(doc, QStringLiteral("Tariq Okonkwo"));
    ASSERT_TRUE(founder);
    EXPECT_EQ(founder->type, EntityType::Person);
    EXPECT_EQ(named(doc, QStringLiteral("Okonkwo")), founder);
}

TEST_F(ExtractorTest, LatinCompanyNamedByItsFirstWordStaysACompany)
{
    const auto doc = run(QStringLiteral("Harbor Lumen完成新一轮融资。Harbor表示资金将用于研发。"));
    const Entity *company = named(doc, QStringLiteral("Harbor Lumen"));
    ASSERT_TRUE(company);
    EXPECT_EQ(company->type, EntityType::Organization);
}

TEST_F(ExtractorTest, RegisteredCompanyNamedWithoutPlaceAndLegalFormIsOneEntity)
{
    const auto doc = run(QStringLiteral("杭州岚石微电子有限公司今日宣布完成融资。岚石微电子创始人周航表示满意。"));
    const Entity *company = named(doc, QStringLiteral("杭州岚石微电子有限公司"));
    ASSERT_TRUE(company);
    EXPECT_EQ(named(doc, QStringLiteral("岚石微电子")), company);
}

TEST_F(ExtractorTest, RegisteredCompaniesSharingAPlaceStayApart)
{
    const auto doc = run(QStringLiteral("杭州岚石微电子有限公司与杭州青檀科技有限公司签署合作协议。"));
    const Entity *first = named(doc, QStringLiteral("杭州岚石微电子有限公司"));
    const Entity *second = named(doc, QStringLiteral("杭州青檀科技有限公司"));
    ASSERT_TRUE(first);
    ASSERT_TRUE(second);
    EXPECT_NE(first, second);
    EXPECT_FALSE(first->allNames().contains(QStringLiteral("杭州")));
}

TEST_F(ExtractorTest, ShortNameDeclaredInParenthesesIsTheSameEntity)
{
    const auto doc = run(QStringLiteral("杭州岚石微电子有限公司（以下简称“岚石”）今日宣布完成融资。岚石CEO周航表示满意。"));
    const Entity *company = named(doc, QStringLiteral("杭州岚石微电子有限公司"));
    ASSERT_TRUE(company);
    EXPECT_EQ(named(doc, QStringLiteral("岚石")), company);
}

TEST_F(ExtractorTest, WordForAVeteranIsNoPerson)
{
    const auto doc = run(QStringLiteral("星衡科技高层调整：两位元老卸任退休。"));
    EXPECT_FALSE(named(doc, QStringLiteral("元老")));
}

TEST_F(ExtractorTest, DepartmentBeforeAPostIsTheEmployersUnit)
{
    const auto doc = run(QStringLiteral("韩雪此前在百度担任算力平台部总经理。"));
    EXPECT_FALSE(named(doc, QStringLiteral("算力平台部")));
    EXPECT_TRUE(find(doc, RelationType::WorksAt, QStringLiteral("韩雪"), QStringLiteral("百度")));
}

TEST_F(ExtractorTest, CourtNamedAgainWithoutItsPlaceIsTheSameCourt)
{
    const auto doc = run(QStringLiteral("星河汽车于2024年1月入禀香港高等法院，起诉云杉智能。高等法院上月作出判决。"));
    const Entity *court = named(doc, QStringLiteral("香港高等法院"));
    ASSERT_TRUE(court);
    EXPECT_EQ(named(doc, QStringLiteral("高等法院")), court);
}

TEST_F(ExtractorTest, TwoEntitiesSharingAWordStayApart)
{
    const auto doc = run(QStringLiteral("OpenAI宣布成立了OpenAI LP。"));
    EXPECT_TRUE(named(doc, QStringLiteral("OpenAI")));
    EXPECT_TRUE(named(doc, QStringLiteral("OpenAI LP")));
    EXPECT_NE(named(doc, QStringLiteral("OpenAI")), named(doc, QStringLiteral("OpenAI LP")));
    EXPECT_TRUE(find(doc, RelationType::SubsidiaryOf, QStringLiteral("OpenAI LP"), QStringLiteral("OpenAI")));
}

TEST_F(ExtractorTest, ClaimedFactDoesNotTakeTheTimeOfTheClaim)
{
    const auto doc = run(QStringLiteral("本周，马斯克对奥特曼提起诉讼，指控自己被误导参与了OpenAI的共同创立。"));
    const Relation *r = find(doc, RelationType::Founded, QStringLiteral("马斯克"), QStringLiteral("OpenAI"));
    ASSERT_TRUE(r);
    EXPECT_FALSE(r->time.isValid());
}

TEST_F(ExtractorTest, FrontedTimeStillDatesTheFollowingClause)
{
    const auto doc = run(QStringLiteral("上周三，张伟宣布离职，随后加盟腾讯。"), QDate(2024, 11, 20));
    const Relation *r = find(doc, RelationType::Joined, QStringLiteral("张伟"), QStringLiteral("腾讯"));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->time.toString(), QStringLiteral("2024-11-13"));
}

TEST_F(ExtractorTest, AccusationNamesTheDefendantOfTheSuit)
{
    const auto doc = run(QStringLiteral("明途科技向上海市浦东新区人民法院提起诉讼，指控云图数据违规抓取其用户数据。"));
    const Entity *accused = named(doc, QStringLiteral("云图数据"));
    ASSERT_TRUE(accused);
    bool defendant = false;
    for (const Relation &r : doc.relations)
        defendant = defendant || (r.type == RelationType::DefendantIn && r.source == accused->key);
    EXPECT_TRUE(defendant);
}

TEST_F(ExtractorTest, SuitWithBaNamesTheDefendantBeforeTheVerb)
{
    const auto doc = run(QStringLiteral("明途科技把腾讯告上法庭。"));
    const Entity *tencent = named(doc, QStringLiteral("腾讯"));
    ASSERT_TRUE(tencent);
    bool defendant = false;
    for (const Relation &r : doc.relations)
        defendant = defendant || (r.type == RelationType::DefendantIn && r.source == tencent->key);
    EXPECT_TRUE(defendant);
}

TEST_F(ExtractorTest, UnknownCompanyEndingInDataIsFound)
{
    const auto doc = run(QStringLiteral("公开资料显示，云图数据是京东旗下的子公司。"));
    EXPECT_TRUE(find(doc, RelationType::SubsidiaryOf, QStringLiteral("云图数据"), QStringLiteral("京东")));
}

TEST_F(ExtractorTest, VerbBeforeDataIsNoCompany)
{
    const auto doc = run(QStringLiteral("微软表示，公司难以获取数据。"));
    EXPECT_FALSE(named(doc, QStringLiteral("获取数据")));
}

TEST_F(ExtractorTest, InvestmentReceivedNamesTheInvestorAfterTheVerb)
{
    const auto doc = run(QStringLiteral("极光云计算去年获得美团2亿元战略投资。"));
    EXPECT_TRUE(find(doc, RelationType::InvestedIn, QStringLiteral("美团"), QStringLiteral("极光云计算")));
    EXPECT_FALSE(find(doc, RelationType::InvestedIn, QStringLiteral("极光云计算"), QStringLiteral("美团")));
}

TEST_F(ExtractorTest, ListedCompaniesAreEachOthersCompetitors)
{
    const auto doc = run(QStringLiteral("腾讯称，百度与阿里巴巴是竞争对手。"));
    EXPECT_TRUE(find(doc, RelationType::CompetitorOf, QStringLiteral("百度"), QStringLiteral("阿里巴巴")));
    EXPECT_FALSE(find(doc, RelationType::CompetitorOf, QStringLiteral("腾讯"), QStringLiteral("百度")));
}

TEST_F(ExtractorTest, CompetingWithNamesTheRivals)
{
    const auto doc = run(QStringLiteral("小米将继续与华为、苹果正面竞争。"));
    EXPECT_TRUE(find(doc, RelationType::CompetitorOf, QStringLiteral("小米"), QStringLiteral("华为")));
    EXPECT_TRUE(find(doc, RelationType::CompetitorOf, QStringLiteral("小米"), QStringLiteral("苹果")));
}

TEST_F(ExtractorTest, CompetitivenessNamesNoRival)
{
    const auto doc = run(QStringLiteral("小米认为，华为的核心竞争力在于芯片。"));
    EXPECT_FALSE(find(doc, RelationType::CompetitorOf, QStringLiteral("小米"), QStringLiteral("华为")));
}

TEST_F(ExtractorTest, UnnamedMediaReportIsLeftOut)
{
    const auto doc = run(QStringLiteral("有媒体报道称腾讯将以10亿元入股百度。"));
    EXPECT_FALSE(find(doc, RelationType::InvestedIn, QStringLiteral("腾讯"), QStringLiteral("百度")));
}

TEST_F(ExtractorTest, HeadlineCompanyIsTheTopicThoughOthersAreNamedMoreOften)
{
    const auto doc = run(QStringLiteral("腾讯高管接连出走\n\n百度此前发布了文心大模型，百度搜索也在改版，百度股价上涨。上月，张伟宣布离职。\n"));
    EXPECT_TRUE(find(doc, RelationType::Left, QStringLiteral("张伟"), QStringLiteral("腾讯")));
    EXPECT_FALSE(find(doc, RelationType::Left, QStringLiteral("张伟"), QStringLiteral("百度")));
}

TEST_F(ExtractorTest, CountryWhereACompanyWasFoundedIsNoFounder)
{
    const auto doc = run(QStringLiteral("Stability AI由埃马德·莫斯塔克于2019年在英国创立。"));
    EXPECT_TRUE(find(doc, RelationType::Founded, QStringLiteral("埃马德·莫斯塔克"), QStringLiteral("Stability AI")));
    EXPECT_FALSE(find(doc, RelationType::Founded, QStringLiteral("英国"), QStringLiteral("Stability AI")));
}

TEST_F(ExtractorTest, PronounIsNotTheNameAfterItInItsClause)
{
    const auto doc = run(QStringLiteral("奥特曼掌管OpenAI。他还对奥特曼和OpenAI发起了多项诉讼，并表示他被诱导投资这家公司。"));
    for (const Relation &r : doc.relations)
        EXPECT_NE(r.type, RelationType::PlaintiffIn);
    EXPECT_FALSE(find(doc, RelationType::InvestedIn, QStringLiteral("奥特曼"), QStringLiteral("OpenAI")));
}

TEST_F(ExtractorTest, NameAfterDuiIsNoSubject)
{
    const auto doc = run(QStringLiteral("马斯克表示，对奥特曼提起诉讼是必要的。"));
    const Entity *altman = named(doc, QStringLiteral("奥特曼"));
    ASSERT_TRUE(altman);
    for (const Relation &r : doc.relations) {
        if (r.type == RelationType::PlaintiffIn) {
            EXPECT_NE(r.source, altman->key);
        }
    }
}

TEST_F(ExtractorTest, RelativeTimesAreLeftOutWithoutAPublicationDate)
{
    const auto doc = run(QStringLiteral("上周，微软又正式将OpenAI列为竞争对手。"), QDate());
    const Relation *r = find(doc, RelationType::CompetitorOf, QStringLiteral("微软"), QStringLiteral("OpenAI"));
    ASSERT_TRUE(r);
    EXPECT_FALSE(r->time.isValid());
}

TEST_F(ExtractorTest, HalfAYearLaterCountsFromTheTimeInThePreviousSentence)
{
    const auto doc = run(QStringLiteral("2023年3月，奥特曼离开了微软。半年后，奥特曼创办了OpenAI。"));
    const Relation *r = find(doc, RelationType::Founded, QStringLiteral("奥特曼"), QStringLiteral("OpenAI"));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->time.toString(), QStringLiteral("2023-09"));
}

TEST_F(ExtractorTest, YearsLaterCountFromTheTimeInTheClauseBefore)
{
    const auto doc = run(QStringLiteral("马斯克2021年加入了腾讯，两年后离开腾讯。"));
    const Relation *r = find(doc, RelationType::Left, QStringLiteral("马斯克"), QStringLiteral("Tencent"));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->time.toString(), QStringLiteral("2023"));
}

TEST_F(ExtractorTest, UncountableLaterTimeLeavesTheTimeOut)
{
    const auto doc = run(QStringLiteral("马斯克2021年加入了腾讯，此后创办了OpenAI。"));
    const Relation *r = find(doc, RelationType::Founded, QStringLiteral("马斯克"), QStringLiteral("OpenAI"));
    ASSERT_TRUE(r);
    EXPECT_FALSE(r->time.isValid()) << r->time.toString().toStdString();
}

// Chinese tech news is full of Latin names; the English rules would make one
// name of "Anthropic发布了Claude 3.5 Sonnet".
TEST_F(ExtractorTest, ChineseTextFullOfLatinNamesIsReadAsChinese)
{
    const auto doc = run(QStringLiteral("Anthropic发布了Claude 3.5 Sonnet，Google发布了Gemini 2.0 Flash。"));
    EXPECT_EQ(doc.info.language, QStringLiteral("zh"));
    for (const Entity &e : doc.entities)
        EXPECT_FALSE(e.name.contains(QStringLiteral("发布"))) << e.name.toStdString();
    EXPECT_TRUE(find(doc, RelationType::Develops, QStringLiteral("Anthropic"), QStringLiteral("Claude 3.5 Sonnet")));
}

TEST_F(ExtractorTest, FullWidthTextIsRead)
{
    const auto doc = run(QStringLiteral("２０２１年９月，腾讯完成对百度的私有化收购。"));
    const Relation *r = find(doc, RelationType::SubsidiaryOf, QStringLiteral("百度"), QStringLiteral("腾讯"));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->time.toString(), QStringLiteral("2021-09"));
}

TEST_F(ExtractorTest, CancelledBeforeStartIsACancelledError)
{
    CancelToken token;
    token.cancel();
    const auto doc = s_extractor->extractText(QStringLiteral("马斯克加入了OpenAI。"), ExtractRequest{}, {}, &token);
    ASSERT_FALSE(doc);
    EXPECT_TRUE(doc.error().isCancelled());
}

TEST_F(ExtractorTest, CancelledWhileRunningStopsWithACancelledError)
{
    CancelToken token;
    qint64 calls = 0;
    const auto doc = s_extractor->extractText(QStringLiteral("马斯克加入了OpenAI。奥特曼离开了微软。"), ExtractRequest{},
                                              [&](qint64, qint64, const QString &) {
                                                  ++calls;
                                                  token.cancel();
                                              },
                                              &token);
    ASSERT_FALSE(doc);
    EXPECT_TRUE(doc.error().isCancelled());
    EXPECT_EQ(calls, 1); // stopped before the second sentence
}

// One Extractor shared by several threads at once: every run gives the graph
// a lone run gives (the class promises it is immutable once created).
TEST_F(ExtractorTest, ThreadsSharingOneExtractorGetTheGraphsOfLoneRuns)
{
    const QStringList texts = {
        QStringLiteral("2015年，马斯克与奥特曼共同创立了OpenAI。上周，微软将OpenAI列为竞争对手。"),
        QStringLiteral("2013年9月，腾讯向百度注资4.48亿美元。交易完成后百度仍是腾讯旗下的子公司。"),
        QStringLiteral("本周，马斯克在联邦法院对奥特曼提起诉讼。"),
        QStringLiteral("阿里巴巴集团副总裁颜乔在朋友圈发文。他去年加盟腾讯。"),
    };
    const auto summary = [](const GraphDocument &doc) {
        QHash<QString, QString> names;
        for (const Entity &e : doc.entities)
            names.insert(e.key, e.name);
        QStringList lines;
        for (const Relation &r : doc.relations)
            lines.append(QStringLiteral("%1 %2 %3 %4 %5")
                             .arg(int(r.type))
                             .arg(names.value(r.source), names.value(r.target), r.time.toString(), r.role));
        lines.sort();
        return lines;
    };
    QList<QStringList> alone;
    for (const QString &text : texts)
        alone.append(summary(run(text)));
    ASSERT_FALSE(alone.first().isEmpty());

    constexpr int kRounds = 25;
    std::vector<QList<QStringList>> seen(texts.size());
    {
        std::vector<std::jthread> threads;
        for (qsizetype i = 0; i < texts.size(); ++i)
            threads.emplace_back([&, i] {
                for (int k = 0; k < kRounds; ++k) {
                    const auto doc = s_extractor->extractText(texts.at(i), ExtractRequest{QStringLiteral("t.txt"),
                                                                                          QDate(2024, 8, 11)});
                    seen[size_t(i)].append(doc ? summary(*doc) : QStringList{QStringLiteral("error")});
                }
            });
    }
    for (qsizetype i = 0; i < texts.size(); ++i)
        for (const QStringList &got : seen[size_t(i)])
            EXPECT_EQ(got, alone.at(i)) << texts.at(i).toStdString();
}

TEST_F(ExtractorTest, ReportsProgressPerSentence)
{
    qint64 calls = 0, lastTotal = 0;
    const auto doc = s_extractor->extractText(QStringLiteral("马斯克加入了OpenAI。奥特曼离开了微软。"), ExtractRequest{},
                                              [&](qint64, qint64 total, const QString &) {
                                                  ++calls;
                                                  lastTotal = total;
                                              });
    ASSERT_TRUE(doc);
    EXPECT_EQ(calls, 4); // two sentences, two passes
    EXPECT_EQ(lastTotal, 4);
}

TEST_F(ExtractorTest, PageMetadataDatesTheDocumentWhenTheCallerDoesNot)
{
    const QByteArray html = QStringLiteral("<html><head><meta property=\"article:published_time\" content=\"2024-08-11\"></head>"
                                           "<body><p>马斯克昨天加入了OpenAI。</p></body></html>").toUtf8();
    const auto doc = s_extractor->extract(html, ExtractRequest{QStringLiteral("page.html"), {}});
    ASSERT_TRUE(doc);
    EXPECT_EQ(doc->info.published, QDate(2024, 8, 11));
    const Relation *r = find(*doc, RelationType::Joined, QStringLiteral("马斯克"), QStringLiteral("OpenAI"));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->time.toString(), QStringLiteral("2024-08-10"));
}

TEST_F(ExtractorTest, CallersDateWinsOverThePageMetadata)
{
    const QByteArray html = QStringLiteral("<html><head><meta name=\"pubdate\" content=\"2024-08-11\"></head>"
                                           "<body><p>马斯克加入了OpenAI。</p></body></html>").toUtf8();
    const auto doc = s_extractor->extract(html, ExtractRequest{QStringLiteral("page.html"), QDate(2020, 1, 2)});
    ASSERT_TRUE(doc);
    EXPECT_EQ(doc->info.published, QDate(2020, 1, 2));
}

TEST_F(ExtractorTest, BinaryInputIsADecodeErrorNotACrash)
{
    QByteArray bytes(64, '\0');
    bytes[3] = char(0xff);
    const auto doc = s_extractor->extract(bytes, ExtractRequest{QStringLiteral("bin.txt"), {}});
    ASSERT_FALSE(doc);
    EXPECT_EQ(doc.error().category(), Error::Category::Decode);
}

TEST_F(ExtractorTest, MalformedUserLexiconIsAnErrorNamingTheLine)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("mine.tsv")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("person\t\t张三\n"
               "company Acme without tabs\n");
    file.close();
    ExtractorOptions options;
    options.extraLexicons = {file.fileName()};
    const auto created = Extractor::create(options);
    ASSERT_FALSE(created);
    EXPECT_EQ(created.error().category(), Error::Category::Parse);
    EXPECT_TRUE(created.error().message().contains(QStringLiteral("mine.tsv:2"))) << created.error().message().toStdString();
}

TEST_F(ExtractorTest, MissingUserLexiconIsAnError)
{
    ExtractorOptions options;
    options.extraLexicons = {QStringLiteral(GUANXI_TEST_DATA_DIR "/extraction/lexicon/does_not_exist.tsv")};
    const auto created = Extractor::create(options);
    ASSERT_FALSE(created);
    EXPECT_EQ(created.error().category(), Error::Category::Io);
    EXPECT_TRUE(created.error().message().contains(QStringLiteral("does_not_exist.tsv")));
}

TEST_F(ExtractorTest, InvestmentBankIsNoInvestment)
{
    const auto doc = run(QStringLiteral("首席财务官贺倩今年1月加入星轨数科，此前在中金公司投资银行部任职。"));
    EXPECT_FALSE(find(doc, RelationType::InvestedIn, QStringLiteral("中金公司"), QStringLiteral("星轨数科")));
}

TEST_F(ExtractorTest, DeputyDeanIsARole)
{
    const auto doc = run(QStringLiteral("澜舟智能创始人陶一川曾任微软亚洲研究院副院长。"));
    EXPECT_TRUE(find(doc, RelationType::WorksAt, QStringLiteral("陶一川"), QStringLiteral("微软亚洲研究院")));
}

TEST_F(ExtractorTest, PersonOwningTheInvestorIsNotTheInvestor)
{
    const auto doc = run(QStringLiteral("2019年，李嘉诚旗下的维港投资向货链通科技注资8000万港元。"));
    EXPECT_TRUE(find(doc, RelationType::InvestedIn, QStringLiteral("维港投资"), QStringLiteral("货链通科技")));
    EXPECT_FALSE(find(doc, RelationType::InvestedIn, QStringLiteral("李嘉诚"), QStringLiteral("货链通科技")));
}

TEST_F(ExtractorTest, LatinCompanyWithAndWithoutItsLegalFormIsOneEntity)
{
    const auto doc = run(QStringLiteral("Nebula Robotics创始人表示满意。美国公司Nebula Robotics Inc.上周宣布裁员。"
                                        "Nebula董事会同日批准了该计划。"));
    int nebula = 0;
    for (const Entity &e : doc.entities)
        nebula += e.name.startsWith(QStringLiteral("Nebula"));
    EXPECT_EQ(nebula, 1);
}

TEST_F(ExtractorTest, ALatinNamePairedWithATransliteratedChineseNameIsAPerson)
{
    // Written Latin first, as English-heavy articles do; the Chinese form with · marks a person.
    const auto doc = run(QStringLiteral("Maya Lindgren（玛雅·林德格伦）上月已从谷歌离职。林德格伦此前负责搜索广告。"));
    const Entity *maya = named(doc, QStringLiteral("Maya Lindgren"));
    ASSERT_TRUE(maya);
    EXPECT_EQ(maya->type, EntityType::Person);
    EXPECT_FALSE(named(doc, QStringLiteral("林德格伦")) && named(doc, QStringLiteral("林德格伦")) != maya);
    int people = 0;
    for (const Entity &e : doc.entities)
        people += e.type == EntityType::Person;
    EXPECT_EQ(people, 1);
}

TEST_F(ExtractorTest, AKnownCompanysLatinFundIsNotThatCompany)
{
    // Tencent Ventures does not go on as Tencent: that name is taken (the lexicon's).
    const auto doc = run(QStringLiteral("腾讯旗下的战略投资部门Tencent Ventures参与了云阶科技的A轮融资。"));
    EXPECT_TRUE(named(doc, QStringLiteral("Tencent Ventures")));
    EXPECT_TRUE(named(doc, QStringLiteral("Tencent")));
}

TEST_F(ExtractorTest, KnownNameWithTheNextCharacterGluedOnIsTheKnownName)
{
    const auto doc = run(QStringLiteral("星曜光电成立于2010年。星曜光电告前研发处长侵害营业秘密。"));
    EXPECT_TRUE(named(doc, QStringLiteral("星曜光电")));
    EXPECT_FALSE(named(doc, QStringLiteral("星曜光电告")));
}

TEST_F(ExtractorTest, ClauseEndingInAKnownCompanyIsNoName)
{
    const auto doc = run(QStringLiteral("颖辰半导体成立于2023年。法院驳回了星曜光电要求禁止颖辰半导体产品销售的请求。"));
    EXPECT_TRUE(named(doc, QStringLiteral("颖辰半导体")));
    for (const Entity &e : doc.entities)
        EXPECT_FALSE(e.name.contains(QStringLiteral("要求"))) << e.name.toStdString();
}

TEST_F(ExtractorTest, TwoPeopleSharingATransliteratedFamilyNameStayTwo)
{
    const auto doc = run(QStringLiteral("星河科技首席执行官詹姆斯·米勒与首席技术官安娜·米勒是兄妹。"));
    const Entity *james = named(doc, QStringLiteral("詹姆斯·米勒"));
    const Entity *anna = named(doc, QStringLiteral("安娜·米勒"));
    ASSERT_TRUE(james);
    ASSERT_TRUE(anna);
    EXPECT_NE(james->key, anna->key);
}

TEST_F(ExtractorTest, CompanysFormerNameIsAnotherNameOfIt)
{
    const auto doc = run(QStringLiteral("星衡科技发布年报。董事长张浩然2015年创办公司前身杭州青禾电子有限公司。"));
    const Entity *company = named(doc, QStringLiteral("星衡科技"));
    ASSERT_TRUE(company);
    EXPECT_EQ(named(doc, QStringLiteral("杭州青禾电子有限公司")), company);
}

TEST_F(ExtractorTest, FormerNameAfterTheCompanysOwnNameIsAnotherNameOfIt)
{
    const auto doc = run(QStringLiteral("星衡科技的前身为杭州青禾电子有限公司，2015年成立。"));
    const Entity *company = named(doc, QStringLiteral("星衡科技"));
    ASSERT_TRUE(company);
    EXPECT_EQ(named(doc, QStringLiteral("杭州青禾电子有限公司")), company);
}

TEST_F(ExtractorTest, CompanyPronounAfterARivalListIsTheCompanyWhoseRivalsTheyAre)
{
    const auto doc = run(QStringLiteral("云阶科技的主要对手是星海智能和极光视觉。该公司首款芯片“天枢”将于明年量产。"));
    EXPECT_TRUE(find(doc, RelationType::Develops, QStringLiteral("云阶科技"), QStringLiteral("天枢")));
    EXPECT_FALSE(find(doc, RelationType::Develops, QStringLiteral("极光视觉"), QStringLiteral("天枢")));
}

TEST_F(ExtractorTest, NameIsShownAsTheTextWritesIt)
{
    // Matching folds 陳明遠 to 陈明远; a reader of traditional text still sees 陳明遠.
    const auto doc = run(QStringLiteral("陳明遠於2019年創辦矽澄科技。"));
    const Entity *person = named(doc, QStringLiteral("陈明远"));
    ASSERT_NE(person, nullptr);
    EXPECT_EQ(person->name, QStringLiteral("陳明遠"));
    const Entity *company = named(doc, QStringLiteral("矽澄科技"));
    ASSERT_NE(company, nullptr);
    EXPECT_TRUE(company->allNames().contains(QStringLiteral("矽澄科技")));
}

TEST_F(ExtractorTest, CountryNamedOnlyAsWhereSomethingIsIsNoEntity)
{
    const auto doc = run(QStringLiteral("星衡科技计划明年拓展中国市场。"));
    EXPECT_EQ(named(doc, QStringLiteral("中国")), nullptr);
}

TEST_F(ExtractorTest, CountryStandingAsANounIsKept)
{
    const auto doc = run(QStringLiteral("星衡科技或将引入新的投资方，比如沙特阿拉伯、卡塔尔。"));
    EXPECT_NE(named(doc, QStringLiteral("沙特阿拉伯")), nullptr);
}

TEST_F(ExtractorTest, DatelineAgencyTakesNoPartInTheNews)
{
    const auto doc = run(QStringLiteral("新华社杭州6月19日电　澄衡科技由蒋明哲创立。"), QDate(2025, 6, 20));
    const Entity *agency = named(doc, QStringLiteral("新华社"));
    for (const Relation &r : doc.relations)
        EXPECT_TRUE(!agency || (r.source != agency->key && r.target != agency->key)) << r.source.toStdString();
    EXPECT_NE(find(doc, RelationType::Founded, QStringLiteral("蒋明哲"), QStringLiteral("澄衡科技")), nullptr);
}

TEST_F(ExtractorTest, SourceOfTheNewsIsNoParty)
{
    const auto doc = run(QStringLiteral("记者从浙江大学获悉，由星河实验室孵化的澄衡科技日前正式成立。"), QDate(2025, 6, 20));
    for (const Relation &r : doc.relations)
        EXPECT_NE(doc.entity(r.target)->name, QStringLiteral("Zhejiang University")) << r.source.toStdString();
}

TEST_F(ExtractorTest, CompanyInABriefIsTheOneThatBriefNamed)
{
    // Two briefs under headings; 公司 in the first is its company, not the article's most named one.
    const auto doc = run(QStringLiteral("【澄衡科技成立】\n杭州澄衡科技有限公司日前正式成立。公司由蒋明哲创立。\n"
                                        "【华芯电子调整班子】\n华芯电子任命刘国栋为总经理。华芯电子此前宣布扩产。华芯电子表示将加快布局。\n"));
    EXPECT_NE(find(doc, RelationType::Founded, QStringLiteral("蒋明哲"), QStringLiteral("澄衡科技")), nullptr);
    EXPECT_EQ(find(doc, RelationType::Founded, QStringLiteral("蒋明哲"), QStringLiteral("华芯电子")), nullptr);
}

TEST_F(ExtractorTest, TwoCharacterNameWithAVerbGluedOnIsTheTwoCharacterName)
{
    const auto doc = run(QStringLiteral("澄屿机器人创始人褚望宣布休假。褚望发内部信称，休假期间由岑芷若代管。"));
    EXPECT_NE(named(doc, QStringLiteral("褚望")), nullptr);
    EXPECT_EQ(named(doc, QStringLiteral("褚望发")), nullptr);
}

TEST_F(ExtractorTest, VersionOfAProductIsMadeByItsMaker)
{
    const auto doc = run(QStringLiteral("思渊智能当年底推出了第一代模型“渊问”。如今，渊问4.0已经上线。"));
    EXPECT_NE(find(doc, RelationType::Develops, QStringLiteral("思渊智能"), QStringLiteral("渊问4.0")), nullptr);
}

TEST_F(ExtractorTest, KnownProductBesideItsMakerIsMadeByIt)
{
    const auto doc = run(QStringLiteral("戚宇航2016年入职字节跳动，先后参与飞书等产品的搭建。"));
    EXPECT_NE(find(doc, RelationType::Develops, QStringLiteral("字节跳动"), QStringLiteral("飞书")), nullptr);
}

TEST_F(ExtractorTest, KnownProductAwayFromItsMakerGetsNoMaker)
{
    const auto doc = run(QStringLiteral("字节跳动发布财报。许多学校都在使用飞书。"));
    EXPECT_EQ(find(doc, RelationType::Develops, QStringLiteral("字节跳动"), QStringLiteral("飞书")), nullptr);
}

TEST_F(ExtractorTest, BareMonthInANewParagraphIsInThePublicationsYear)
{
    const auto doc = run(QStringLiteral("贺知衡2019年加入澜图科技。\n澜图科技副总裁乔牧自8月初起休长假。\n"), QDate(2026, 9, 17));
    const Relation *r = find(doc, RelationType::OnLeave, QStringLiteral("乔牧"), QStringLiteral("澜图科技"));
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(r->time.toString(), QStringLiteral("2026-08"));
}

TEST_F(ExtractorTest, NameTheTextRepeatsWhereNoRuleReadsItIsAPerson)
{
    // 陶嘉禾 stands twice where no cue marks a name; no dictionary word begins it.
    const auto doc = run(QStringLiteral("难缠的对手会是当年一起吃食堂的陶嘉禾。陶嘉禾走的是另一条路。"));
    const Entity *e = named(doc, QStringLiteral("陶嘉禾"));
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->type, EntityType::Person);
}

TEST_F(ExtractorTest, RepeatedPhraseOpeningWithASurnameIsNoPerson)
{
    const auto doc = run(QStringLiteral("之江国投宣布注资。之江国投表示将继续投资。"));
    EXPECT_EQ(named(doc, QStringLiteral("江国投")), nullptr);
}

TEST_F(ExtractorTest, KnownPersonAfterATitleKeepsItsNameBeforeJun)
{
    // The bundled lexicon knows 张磊; pass 2 finds him through the document's gazetteer.
    const auto doc = run(QStringLiteral("高瓴资本创始人张磊均参与了本轮投资。"));
    EXPECT_EQ(named(doc, QStringLiteral("张磊均")), nullptr);
}

TEST_F(ExtractorTest, TwoCharacterNameTheTextRepeatsIsAPerson)
{
    const auto doc = run(QStringLiteral("第一个走的是韩屹。他后来创办了深维智元。第二个离开的人与韩屹直接相关。"));
    const auto *han = named(doc, QStringLiteral("韩屹"));
    ASSERT_NE(han, nullptr);
    EXPECT_EQ(han->type, EntityType::Person);
}

TEST_F(ExtractorTest, RepeatedStartOfAKnownNameIsNoPerson)
{
    // 文心 opens the known 文心一言: said twice, it is still no one's name.
    const auto doc = run(QStringLiteral("百度发布了文心一言。文心的新版本也在测试，文心团队表示满意。"));
    const auto *wenxin = named(doc, QStringLiteral("文心"));
    EXPECT_TRUE(wenxin == nullptr || wenxin->type != EntityType::Person);
}

TEST_F(ExtractorTest, ShouxiBeforeAIOpensATitleNotAName)
{
    const auto doc = run(QStringLiteral("Meta首席AI科学家扬·勒昆上月表示，公司将继续开源。"));
    EXPECT_EQ(named(doc, QStringLiteral("首席AI")), nullptr);
}

TEST_F(ExtractorTest, DuihuaOpeningAHeadlineIsNoPartOfTheCompany)
{
    const auto doc = run(QStringLiteral("对话声迹科技何砚秋：休假半年之后，我重新学会了做CEO\n声迹科技创始人何砚秋表示，公司今年盈利。"));
    EXPECT_NE(named(doc, QStringLiteral("声迹科技")), nullptr);
    EXPECT_EQ(named(doc, QStringLiteral("话声迹科技")), nullptr);
}

TEST_F(ExtractorTest, BusinessLineOfABrandIsACompanyOfItsOwn)
{
    const auto doc = run(QStringLiteral("青梧网络今日发布公告。首席技术官王晟将兼任旗下游戏子公司青梧互娱的董事长。"));
    const auto *parent = named(doc, QStringLiteral("青梧网络"));
    const auto *games = named(doc, QStringLiteral("青梧互娱"));
    ASSERT_NE(parent, nullptr);
    ASSERT_NE(games, nullptr);
    EXPECT_NE(parent->key, games->key);
}

TEST_F(ExtractorTest, BrandNamedWithTwoHeadsIsOneCompany)
{
    const auto doc = run(QStringLiteral("澜图AI两个月走了三位负责人。互联网大厂澜图科技的AI业务接连失去三位负责人。"));
    const auto *a = named(doc, QStringLiteral("澜图AI"));
    const auto *b = named(doc, QStringLiteral("澜图科技"));
    ASSERT_NE(a, nullptr);
    ASSERT_NE(b, nullptr);
    EXPECT_EQ(a->key, b->key);
}

TEST_F(ExtractorTest, SuitAgainstAPlaintiffsFormerPostIsAgainstWhoHeldItAndTheirCompany)
{
    const auto doc = run(QStringLiteral(
        "2023年5月，驰衡机器人向杭州市中级人民法院提起诉讼，将其前首席技术官、该员工创办的公司以及两名前员工一并列为被告。"
        "判决书显示，这位前首席技术官名叫邵峻。他2016年加入驰衡机器人，2019年起担任首席技术官，2022年3月离职，同年创办了澜岸智能。"));
    const Entity *suit = nullptr;
    for (const Entity &e : doc.entities)
        if (e.type == EntityType::Lawsuit)
            suit = &e;
    ASSERT_NE(suit, nullptr);
    EXPECT_NE(find(doc, RelationType::DefendantIn, QStringLiteral("邵峻"), suit->name), nullptr);
    EXPECT_NE(find(doc, RelationType::DefendantIn, QStringLiteral("澜岸智能"), suit->name), nullptr);
}

TEST_F(ExtractorTest, ABrandEndingInAFieldWordIsACompanyWhenDescribedAsOne)
{
    const auto doc = run(QStringLiteral("深圳具身智能企业天枢具身宣布完成10亿元B轮融资，本轮由美团龙珠领投。"));
    const Entity *company = named(doc, QStringLiteral("天枢具身"));
    ASSERT_TRUE(company);
    EXPECT_EQ(company->type, EntityType::Organization);
    EXPECT_TRUE(find(doc, RelationType::InvestedIn, QStringLiteral("美团龙珠"), QStringLiteral("天枢具身")));
}

TEST_F(ExtractorTest, AUnitOfACompanyIsNoCompanyOfItsOwn)
{
    const auto doc = run(QStringLiteral("阿里巴巴电商事业群总裁唐景川表示，今年将加大投入。"));
    EXPECT_FALSE(named(doc, QStringLiteral("电商事业群")));
}

TEST_F(ExtractorTest, ALawTheDictionaryTagsAsANameIsNoPerson)
{
    const auto doc = run(QStringLiteral("新竹地检署依国家安全法起诉许志明。"));
    EXPECT_FALSE(named(doc, QStringLiteral("安全法")));
    // The prosecutors bring the case.
    const Entity *prosecutors = named(doc, QStringLiteral("新竹地检署"));
    ASSERT_TRUE(prosecutors);
    bool isPlaintiff = false;
    for (const Relation &r : doc.relations)
        isPlaintiff = isPlaintiff || (r.type == RelationType::PlaintiffIn && r.source == prosecutors->key);
    EXPECT_TRUE(isPlaintiff);
}

TEST_F(ExtractorTest, ACompoundSurnameOpensAFourCharacterName)
{
    const auto doc = run(QStringLiteral("星瀚科技由麦家豪与司徒颖欣于2018年共同创立。"));
    ASSERT_TRUE(named(doc, QStringLiteral("司徒颖欣")));
    EXPECT_TRUE(find(doc, RelationType::Founded, QStringLiteral("司徒颖欣"), QStringLiteral("星瀚科技")));
}

TEST_F(ExtractorTest, AHongKongSurnameOpensANameInAListOfFounders)
{
    const auto doc = run(QStringLiteral("澄宇智能由梁浩贤、区咏琪及戴志斌三人共同创办。"));
    EXPECT_TRUE(named(doc, QStringLiteral("区咏琪")));
    EXPECT_TRUE(named(doc, QStringLiteral("戴志斌")));
}

TEST_F(ExtractorTest, AnOrganisationBeforeItsProductAndATitleOnlyDescribesThePerson)
{
    const auto doc = run(QStringLiteral("他和前百度文心一言核心工程师孙立恒在北京联合创办了深维智元。"));
    EXPECT_TRUE(find(doc, RelationType::Founded, QStringLiteral("孙立恒"), QStringLiteral("深维智元")));
    EXPECT_FALSE(find(doc, RelationType::Founded, QStringLiteral("百度"), QStringLiteral("深维智元")));
    EXPECT_TRUE(find(doc, RelationType::WorksAt, QStringLiteral("孙立恒"), QStringLiteral("百度")));
}

TEST_F(ExtractorTest, ANameAfterTheCopulaClosingTheSentenceIsAPerson)
{
    const auto doc = run(QStringLiteral("第一个走的是韩屹。"));
    const Entity *person = named(doc, QStringLiteral("韩屹"));
    ASSERT_TRUE(person);
    EXPECT_EQ(person->type, EntityType::Person);
}

TEST_F(ExtractorTest, APersonAndAnotherTitledByTheirFormerEmployerFoundedItTogether)
{
    const auto doc = run(QStringLiteral("韩屹辞职后，他和前百度文心一言核心工程师孙立恒在北京联合创办了深维智元。"));
    EXPECT_TRUE(find(doc, RelationType::Founded, QStringLiteral("韩屹"), QStringLiteral("深维智元")));
    EXPECT_TRUE(find(doc, RelationType::Founded, QStringLiteral("孙立恒"), QStringLiteral("深维智元")));
}

TEST_F(ExtractorTest, InvestorsWhoseRoundACompanyReceivedInvestedInIt)
{
    const auto doc = run(QStringLiteral("星海智能成立于2023年。同年5月，星海智能拿到奇绩创坛和真格基金的数千万元天使轮。"));
    EXPECT_TRUE(find(doc, RelationType::InvestedIn, QStringLiteral("奇绩创坛"), QStringLiteral("星海智能")));
    EXPECT_TRUE(find(doc, RelationType::InvestedIn, QStringLiteral("真格基金"), QStringLiteral("星海智能")));
}

TEST_F(ExtractorTest, OrganisationsAfterAReceivingVerbWithNoRoundInvestedInNothing)
{
    const auto doc = run(QStringLiteral("星海智能成立于2023年。同年5月，星海智能获得红杉中国和真格基金的认可。"));
    EXPECT_FALSE(find(doc, RelationType::InvestedIn, QStringLiteral("红杉中国"), QStringLiteral("星海智能")));
}
