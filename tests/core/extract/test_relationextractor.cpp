#include "extract/extractor.h"

#include <gtest/gtest.h>

using namespace Guanxi;

namespace {

// The relations one short text yields, looked up by type and the names of their ends.
class Relations
{
public:
    explicit Relations(GraphDocument doc) : m_doc(std::move(doc)) {}

    const Entity *named(const QString &name) const
    {
        for (const Entity &e : m_doc.entities)
            if (e.allNames().contains(name))
                return &e;
        return nullptr;
    }

    // The relation of this type from `from` to `to` (either way when symmetric), or nullptr.
    const Relation *find(RelationType type, const QString &from, const QString &to) const
    {
        const Entity *a = named(from);
        const Entity *b = named(to);
        if (!a || !b)
            return nullptr;
        for (const Relation &r : m_doc.relations)
            if (r.type == type
                && ((r.source == a->key && r.target == b->key)
                    || (isSymmetric(type) && r.source == b->key && r.target == a->key)))
                return &r;
        return nullptr;
    }
    // The roles of every relation of this type from `from` to `to`.
    QStringList roles(RelationType type, const QString &from, const QString &to) const
    {
        const Entity *a = named(from);
        const Entity *b = named(to);
        QStringList out;
        for (const Relation &r : m_doc.relations)
            if (a && b && r.type == type && r.source == a->key && r.target == b->key)
                out.append(r.role);
        return out;
    }
    // A relation stated as a fact, not one kept with a doubting confidence.
    bool has(RelationType type, const QString &from, const QString &to) const
    {
        const Relation *r = find(type, from, to);
        return r && r->confidence >= 0.5;
    }
    // How many relations of this type run from `from` to `to` (two rounds, two stints).
    int count(RelationType type, const QString &from, const QString &to) const
    {
        const Entity *a = named(from);
        const Entity *b = named(to);
        int n = 0;
        for (const Relation &r : m_doc.relations)
            n += a && b && r.type == type && r.source == a->key && r.target == b->key;
        return n;
    }
    // The times of every relation of this type from `from` to `to`, as written.
    QStringList times(RelationType type, const QString &from, const QString &to) const
    {
        const Entity *a = named(from);
        const Entity *b = named(to);
        QStringList out;
        for (const Relation &r : m_doc.relations)
            if (a && b && r.type == type && r.source == a->key && r.target == b->key)
                out.append(r.time.toString());
        return out;
    }
    // The lawsuits whose parties include `name` on the given side.
    int suitsOf(RelationType side, const QString &name) const
    {
        const Entity *a = named(name);
        int n = 0;
        for (const Relation &r : m_doc.relations)
            n += a && r.type == side && r.source == a->key;
        return n;
    }
    int lawsuitCount() const
    {
        int n = 0;
        for (const Entity &e : m_doc.entities)
            n += e.type == EntityType::Lawsuit;
        return n;
    }
    // The status of the last lawsuit found, None when there is none.
    LawsuitStatus lastLawsuitStatus() const
    {
        LawsuitStatus status = LawsuitStatus::None;
        for (const Entity &e : m_doc.entities)
            if (e.type == EntityType::Lawsuit)
                status = e.status;
        return status;
    }

private:
    GraphDocument m_doc;
};

// Runs the extractor with the bundled rules only: every name below other than
// well-known companies is invented and must be found by patterns.
class RelationExtractorTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        auto created = Extractor::create(ExtractorOptions());
        ASSERT_TRUE(created) << created.error().toString().toStdString();
        s_extractor = *created;
    }
    static void TearDownTestSuite() { s_extractor.reset(); }

    static Relations relationsOf(const QString &text, QDate published = QDate(2025, 3, 20))
    {
        auto doc = s_extractor->extractText(text, ExtractRequest{QStringLiteral("t.txt"), published});
        EXPECT_TRUE(doc);
        return Relations(doc ? *doc : GraphDocument());
    }

    static std::shared_ptr<const Extractor> s_extractor;
};

std::shared_ptr<const Extractor> RelationExtractorTest::s_extractor;

} // namespace

// --- titles and departures ---

TEST_F(RelationExtractorTest, TitleAfterADepartmentNamesTheOrganisation)
{
    const auto r = relationsOf(QStringLiteral("星河汽车智能驾驶事业部总裁马骁已于本周卸任。"));
    EXPECT_TRUE(r.has(RelationType::WorksAt, QStringLiteral("马骁"), QStringLiteral("星河汽车")));
}

TEST_F(RelationExtractorTest, SecondPostAtTheSameOrganisationIsASecondWorksAt)
{
    const auto r = relationsOf(QStringLiteral("星河汽车首席执行官马骁同时兼任公司董事长。"));
    const QStringList roles = r.roles(RelationType::WorksAt, QStringLiteral("马骁"), QStringLiteral("星河汽车"));
    EXPECT_TRUE(roles.contains(QStringLiteral("首席执行官")));
    EXPECT_TRUE(roles.contains(QStringLiteral("董事长")));
}

TEST_F(RelationExtractorTest, TitleLeftByTheClausesPersonIsNotTheNextPersons)
{
    const auto r = relationsOf(QStringLiteral("何立川卸任星河汽车董事长兼首席执行官，联合创始人孟凡宇接任董事长。"));
    const QStringList roles = r.roles(RelationType::WorksAt, QStringLiteral("孟凡宇"), QStringLiteral("星河汽车"));
    EXPECT_FALSE(roles.contains(QStringLiteral("首席执行官"))) << roles.join(u',').toStdString();
}

TEST_F(RelationExtractorTest, HeirNamedAfterYouTakesThePostNamedBefore)
{
    const auto r = relationsOf(QStringLiteral(
        "星河汽车宣布高管调整。首席技术官钟启明将转任首席科学家，其首席技术官职务由副总裁骆文涛接任。"));
    EXPECT_TRUE(r.roles(RelationType::WorksAt, QStringLiteral("骆文涛"), QStringLiteral("星河汽车"))
                    .contains(QStringLiteral("首席技术官")));
}

TEST_F(RelationExtractorTest, AppointmentAfterJoiningARivalIsThePersonsPostThere)
{
    const auto r = relationsOf(QStringLiteral(
        "深言智能宣布高管调整。首席财务官龚雅琳上月离职，加盟竞争对手澜舟智能，出任首席财务官兼首席运营官。"));
    const QStringList roles = r.roles(RelationType::WorksAt, QStringLiteral("龚雅琳"), QStringLiteral("澜舟智能"));
    EXPECT_TRUE(roles.contains(QStringLiteral("首席财务官"))) << roles.join(u',').toStdString();
    EXPECT_TRUE(roles.contains(QStringLiteral("首席运营官"))) << roles.join(u',').toStdString();
}

TEST_F(RelationExtractorTest, CountedOrganisationIsADescriptionNotAName)
{
    const auto r = relationsOf(QStringLiteral("星轨数科是一家区块链支付公司，苏明远任首席执行官。"));
    EXPECT_EQ(r.named(QStringLiteral("区块链支付公司")), nullptr);
}

TEST_F(RelationExtractorTest, FormerTechnicalExpertOfAnOrganisationFoundsNotTheOrganisation)
{
    const auto r = relationsOf(QStringLiteral("星轨数科成立于2019年，由前蚂蚁集团技术专家苏明远创办。"));
    EXPECT_TRUE(r.has(RelationType::WorksAt, QStringLiteral("苏明远"), QStringLiteral("蚂蚁集团")));
    EXPECT_TRUE(r.has(RelationType::Founded, QStringLiteral("苏明远"), QStringLiteral("星轨数科")));
    EXPECT_FALSE(r.has(RelationType::Founded, QStringLiteral("蚂蚁集团"), QStringLiteral("星轨数科")));
}

TEST_F(RelationExtractorTest, AdverbOrCommonNounBeforeASuffixMakesNoOrganisation)
{
    const auto r = relationsOf(QStringLiteral("判词指出，黄卓贤曾多次下载公司内部代码库的文件，并将部分资料转存至私人云端硬盘。"));
    EXPECT_EQ(r.named(QStringLiteral("多次下载公司")), nullptr);
    EXPECT_EQ(r.named(QStringLiteral("私人云")), nullptr);
}

TEST_F(RelationExtractorTest, LogisticsArmIsNotItsParent)
{
    const auto r = relationsOf(QStringLiteral("京东物流发言人予以否认，京东也未置评。"));
    ASSERT_NE(r.named(QStringLiteral("京东物流")), nullptr);
    EXPECT_NE(r.named(QStringLiteral("京东物流")), r.named(QStringLiteral("京东")));
}

TEST_F(RelationExtractorTest, UntitledFounderAfterYouIsFoundInFull)
{
    const auto r = relationsOf(QStringLiteral("鏈博科技是一家區塊鏈支付公司，由陳家豪於２０１５年創辦。"));
    EXPECT_TRUE(r.has(RelationType::Founded, QStringLiteral("陈家豪"), QStringLiteral("链博科技")));
}

TEST_F(RelationExtractorTest, LeaverOfATitledPostLeavesTheTitlesOrganisation)
{
    const auto r = relationsOf(QStringLiteral("晚点获悉，星河汽车智能驾驶事业部总裁马骁已于本周卸任。"));
    const Relation *left = r.find(RelationType::Left, QStringLiteral("马骁"), QStringLiteral("星河汽车"));
    ASSERT_TRUE(left);
    EXPECT_EQ(left->time.toString(), QStringLiteral("2025-W12"));
}

TEST_F(RelationExtractorTest, ManagerLeavingIsNotTheCompanyLeaving)
{
    const auto r = relationsOf(QStringLiteral("星河汽车智驾负责人卸任 前华为专家接棒"));
    EXPECT_FALSE(r.find(RelationType::Left, QStringLiteral("星河汽车"), QStringLiteral("华为")));
}

TEST_F(RelationExtractorTest, AppointedTitleMayCarryItsField)
{
    const auto r = relationsOf(QStringLiteral("马骁表示，此前他曾在百度担任自动驾驶技术总监。"));
    const Relation *w = r.find(RelationType::WorksAt, QStringLiteral("马骁"), QStringLiteral("百度"));
    ASSERT_TRUE(w);
    EXPECT_TRUE(w->role.endsWith(QStringLiteral("技术总监")));
}

TEST_F(RelationExtractorTest, JoiningFromAnOrganisationIsLeavingIt)
{
    const auto r = relationsOf(QStringLiteral("星河汽车总裁马骁表示感谢。他2021年从小鹏汽车加入星河汽车。"));
    EXPECT_TRUE(r.has(RelationType::Joined, QStringLiteral("马骁"), QStringLiteral("星河汽车")));
    EXPECT_TRUE(r.has(RelationType::Left, QStringLiteral("马骁"), QStringLiteral("小鹏汽车")));
}

TEST_F(RelationExtractorTest, DegreeBeforeAFounderIsNoCoFounder)
{
    const auto r = relationsOf(QStringLiteral("灵枢机器人成立于2022年，由清华大学博士周启航与前大疆工程师许蔓联合创办。"));
    EXPECT_TRUE(r.has(RelationType::Founded, QStringLiteral("周启航"), QStringLiteral("灵枢机器人")));
    EXPECT_TRUE(r.has(RelationType::Founded, QStringLiteral("许蔓"), QStringLiteral("灵枢机器人")));
    EXPECT_FALSE(r.find(RelationType::Founded, QStringLiteral("清华大学"), QStringLiteral("灵枢机器人")));
    EXPECT_FALSE(r.find(RelationType::Founded, QStringLiteral("大疆"), QStringLiteral("灵枢机器人")));
}

TEST_F(RelationExtractorTest, FormerEngineerTitleGivesWorksAt)
{
    const auto r = relationsOf(QStringLiteral("灵枢机器人由前大疆工程师许蔓创办。"));
    EXPECT_TRUE(r.has(RelationType::WorksAt, QStringLiteral("许蔓"), QStringLiteral("大疆")));
}

TEST_F(RelationExtractorTest, TaiwaneseTitlesGiveWorksAt)
{
    const auto r = relationsOf(QStringLiteral("此外，藍鯨雲財務長黃思琪升任總裁，分管財務與銷售。"));
    EXPECT_TRUE(r.has(RelationType::WorksAt, QStringLiteral("黄思琪"), QStringLiteral("蓝鲸云")));
}

TEST_F(RelationExtractorTest, OrganisationLeavingABoardLeaves)
{
    const auto r = relationsOf(QStringLiteral("蓝鲸云由孙立平创办。今年3月，腾讯退出蓝鲸云董事会。"));
    EXPECT_TRUE(r.has(RelationType::Left, QStringLiteral("腾讯"), QStringLiteral("蓝鲸云")));
}

TEST_F(RelationExtractorTest, ReportCalledUntrueIsNoFact)
{
    const auto r = relationsOf(QStringLiteral("云杉智能由林振宇创办。有消息称林振宇将辞去董事长职务，公司对此回应称消息不实。"));
    EXPECT_FALSE(r.has(RelationType::Left, QStringLiteral("林振宇"), QStringLiteral("云杉智能")));
}

// --- rivals ---

TEST_F(RelationExtractorTest, RivalsListedAfterIncludeAreEachARival)
{
    const auto r = relationsOf(QStringLiteral("灵枢机器人的竞争对手包括智元机器人和宇树科技。"));
    EXPECT_TRUE(r.has(RelationType::CompetitorOf, QStringLiteral("灵枢机器人"), QStringLiteral("智元机器人")));
    EXPECT_TRUE(r.has(RelationType::CompetitorOf, QStringLiteral("灵枢机器人"), QStringLiteral("宇树科技")));
    EXPECT_FALSE(r.find(RelationType::CompetitorOf, QStringLiteral("智元机器人"), QStringLiteral("宇树科技")));
}

// --- lawsuits ---

TEST_F(RelationExtractorTest, CaseNameIsASuitOfTheFirstAgainstTheSecond)
{
    const auto r = relationsOf(QStringLiteral("9月1日，上海市第一中级人民法院对云杉智能诉其前算法总监陈默竞业限制纠纷一案作出二审判决。"));
    EXPECT_EQ(r.suitsOf(RelationType::PlaintiffIn, QStringLiteral("云杉智能")), 1);
    EXPECT_EQ(r.suitsOf(RelationType::DefendantIn, QStringLiteral("陈默")), 1);
    EXPECT_FALSE(r.named(QStringLiteral("陈默竞")));
}

TEST_F(RelationExtractorTest, FirstInstanceRetoldIsTheSameSuit)
{
    const auto r = relationsOf(QStringLiteral("上海市第一中级人民法院对云杉智能诉其前算法总监陈默竞业限制纠纷一案作出二审判决。"
                                              "云杉智能此前向上海市浦东新区人民法院提起诉讼。"));
    EXPECT_EQ(r.lawsuitCount(), 1);
}

TEST_F(RelationExtractorTest, ShareholdersTakingAFounderToCourtAreThePlaintiffs)
{
    const auto r = relationsOf(QStringLiteral("今年5月，云杉智能的早期投资方启元资本等三家股东将公司创始人兼董事长林振宇告上法庭。"));
    EXPECT_EQ(r.suitsOf(RelationType::PlaintiffIn, QStringLiteral("启元资本")), 1);
    EXPECT_EQ(r.suitsOf(RelationType::DefendantIn, QStringLiteral("林振宇")), 1);
    EXPECT_EQ(r.suitsOf(RelationType::PlaintiffIn, QStringLiteral("云杉智能")), 0);
}

TEST_F(RelationExtractorTest, GenericFirstInstanceCourtIsNoEntity)
{
    const auto r = relationsOf(QStringLiteral("去年12月，一审法院判决陈默败诉。"));
    EXPECT_FALSE(r.named(QStringLiteral("一审法院")));
}

// --- investments ---

TEST_F(RelationExtractorTest, InvestorNamedByANounInvests)
{
    const auto r = relationsOf(QStringLiteral("云杉智能的早期投资方启元资本近日表示支持公司。"));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("启元资本"), QStringLiteral("云杉智能")));
}

TEST_F(RelationExtractorTest, ShareholdersListedBeforeItsPronounInvest)
{
    const auto r = relationsOf(QStringLiteral("云杉智能由林振宇于2016年创办，腾讯和顺为资本均为其股东。"));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("腾讯"), QStringLiteral("云杉智能")));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("顺为资本"), QStringLiteral("云杉智能")));
    EXPECT_FALSE(r.find(RelationType::InvestedIn, QStringLiteral("腾讯"), QStringLiteral("顺为资本")));
}

TEST_F(RelationExtractorTest, LeadFollowAndExistingInvestorsOfARound)
{
    const auto r = relationsOf(QStringLiteral("灵枢机器人近日完成5亿元人民币B轮融资，本轮由红杉中国领投，美团龙珠跟投，"
                                              "老股东高瓴创投继续加注。"));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("红杉中国"), QStringLiteral("灵枢机器人")));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("美团龙珠"), QStringLiteral("灵枢机器人")));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("高瓴创投"), QStringLiteral("灵枢机器人")));
}

TEST_F(RelationExtractorTest, AnExistingInvestorRaisingItsStakeJoinsTheRound)
{
    const auto r = relationsOf(QStringLiteral("星海智能宣布完成2亿元B轮融资，由红杉中国领投，老股东高瓴创投持续加码。"));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("高瓴创投"), QStringLiteral("星海智能")));
}

TEST_F(RelationExtractorTest, AProductAMakerPlansToReleaseIsOneItDevelops)
{
    const auto r = relationsOf(QStringLiteral("云杉智能计划于明年推出首款产品「云杉Lens」。"));
    EXPECT_TRUE(r.has(RelationType::Develops, QStringLiteral("云杉智能"), QStringLiteral("云杉Lens")));
}

TEST_F(RelationExtractorTest, ARumouredProductReleaseStaysDoubtedEvenWithAPlanWord)
{
    const auto r = relationsOf(QStringLiteral("据传云杉智能计划于明年推出首款产品「云杉Lens」。"));
    EXPECT_FALSE(r.has(RelationType::Develops, QStringLiteral("云杉智能"), QStringLiteral("云杉Lens")));
}

TEST_F(RelationExtractorTest, TheFoundryOfAProductDescribedAsItsMakersIsNotItsDeveloper)
{
    const auto r = relationsOf(QStringLiteral("星海智能的首款推理芯片「星海N1」采用台积电5纳米制程。"));
    EXPECT_TRUE(r.has(RelationType::Develops, QStringLiteral("星海智能"), QStringLiteral("星海N1")));
    EXPECT_FALSE(r.find(RelationType::Develops, QStringLiteral("台积电"), QStringLiteral("星海N1")));
}

TEST_F(RelationExtractorTest, ARivalsProductAfterAMakersNameIsNotItsOwn)
{
    const auto r = relationsOf(QStringLiteral("星海智能的主要竞品「天穹T2」由云杉智能开发。"));
    EXPECT_FALSE(r.find(RelationType::Develops, QStringLiteral("星海智能"), QStringLiteral("天穹T2")));
}

TEST_F(RelationExtractorTest, TheCountriesOfListedRivalsAreNotRivals)
{
    const auto r = relationsOf(QStringLiteral("星海智能的主要对手是日本的索尼与韩国的三星。"));
    EXPECT_TRUE(r.has(RelationType::CompetitorOf, QStringLiteral("星海智能"), QStringLiteral("索尼")));
    EXPECT_TRUE(r.has(RelationType::CompetitorOf, QStringLiteral("星海智能"), QStringLiteral("三星")));
    EXPECT_FALSE(r.find(RelationType::CompetitorOf, QStringLiteral("星海智能"), QStringLiteral("日本")));
}

TEST_F(RelationExtractorTest, ARivalListGoesOnPastAPersonsRelativeClause)
{
    const auto r = relationsOf(QStringLiteral("星海智能将与腾讯、阿里巴巴以及周鸿祎创办的奇虎360竞争。"));
    EXPECT_TRUE(r.has(RelationType::CompetitorOf, QStringLiteral("星海智能"), QStringLiteral("腾讯")));
    EXPECT_TRUE(r.has(RelationType::CompetitorOf, QStringLiteral("星海智能"), QStringLiteral("阿里巴巴")));
    EXPECT_TRUE(r.has(RelationType::CompetitorOf, QStringLiteral("星海智能"), QStringLiteral("奇虎360")));
}

TEST_F(RelationExtractorTest, ThePersonBeforeAnAttributiveFoundingVerbIsTheFounder)
{
    const auto r = relationsOf(QStringLiteral("星海智能将与腾讯、阿里巴巴以及周鸿祎创办的奇虎360竞争。"));
    EXPECT_TRUE(r.has(RelationType::Founded, QStringLiteral("周鸿祎"), QStringLiteral("奇虎360")));
    EXPECT_FALSE(r.find(RelationType::Founded, QStringLiteral("星海智能"), QStringLiteral("奇虎360")));
    EXPECT_FALSE(r.find(RelationType::SubsidiaryOf, QStringLiteral("奇虎360"), QStringLiteral("星海智能")));
}

TEST_F(RelationExtractorTest, AnEmployerInAFoundersTitleIsNoFounder)
{
    const auto r = relationsOf(QStringLiteral("星图智能由前百度主任架构师张立新和前谷歌研究科学家王思远共同创立。"));
    EXPECT_TRUE(r.has(RelationType::Founded, QStringLiteral("张立新"), QStringLiteral("星图智能")));
    EXPECT_TRUE(r.has(RelationType::Founded, QStringLiteral("王思远"), QStringLiteral("星图智能")));
    EXPECT_FALSE(r.find(RelationType::Founded, QStringLiteral("百度"), QStringLiteral("星图智能")));
    EXPECT_FALSE(r.find(RelationType::SubsidiaryOf, QStringLiteral("星图智能"), QStringLiteral("百度")));
}

TEST_F(RelationExtractorTest, AFoundersPostIsAtTheCompanyFoundedNotAtTheEmployerInTheirTitle)
{
    const auto r = relationsOf(QStringLiteral("星图智能由前百度主任架构师张立新创立，张立新担任首席执行官。"));
    EXPECT_EQ(r.roles(RelationType::WorksAt, QStringLiteral("张立新"), QStringLiteral("星图智能")),
              QStringList{QStringLiteral("首席执行官")});
}

TEST_F(RelationExtractorTest, AnOrganisationFoundingWithAPersonIsStillAFounder)
{
    const auto r = relationsOf(QStringLiteral("星图智能由百度和张立新共同创立。"));
    EXPECT_TRUE(r.has(RelationType::Founded, QStringLiteral("百度"), QStringLiteral("星图智能")));
}

TEST_F(RelationExtractorTest, ParticipatingInvestorOfTheRoundTheSentenceBeforeAnnounced)
{
    const auto r = relationsOf(QStringLiteral("星海智能宣布完成3亿元A轮融资。本轮融资由启元资本领投，英伟达参投。"));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("启元资本"), QStringLiteral("星海智能")));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("英伟达"), QStringLiteral("星海智能")));
}

TEST_F(RelationExtractorTest, FollowInvestorsJoinTheRoundTheLeadInvestedInNotTheLead)
{
    const auto r = relationsOf(QStringLiteral("红杉中国领投了云杉智能的5亿元B轮融资，腾讯和美团跟投。"));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("红杉中国"), QStringLiteral("云杉智能")));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("腾讯"), QStringLiteral("云杉智能")));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("美团"), QStringLiteral("云杉智能")));
    EXPECT_FALSE(r.find(RelationType::InvestedIn, QStringLiteral("腾讯"), QStringLiteral("红杉中国")));
}

TEST_F(RelationExtractorTest, EachOfTwoTitledPeopleLeavingTogetherLeaves)
{
    const auto r = relationsOf(QStringLiteral("云杉智能首席执行官林振宇和首席技术官沈一鸣相继离职。"));
    EXPECT_TRUE(r.has(RelationType::Left, QStringLiteral("林振宇"), QStringLiteral("云杉智能")));
    EXPECT_TRUE(r.has(RelationType::Left, QStringLiteral("沈一鸣"), QStringLiteral("云杉智能")));
}

TEST_F(RelationExtractorTest, ThePostSteppedDownFromIsTheRoleOfTheDeparture)
{
    const auto r = relationsOf(QStringLiteral("2023年，林振宇卸任云杉智能首席财务官。"));
    EXPECT_EQ(r.roles(RelationType::Left, QStringLiteral("林振宇"), QStringLiteral("云杉智能")),
              QStringList{QStringLiteral("首席财务官")});
}

TEST_F(RelationExtractorTest, AStatusVerbBeforeTheSuitInItsOwnSentenceSetsItsStatus)
{
    const auto r = relationsOf(QStringLiteral("2024年5月，法院驳回了云杉智能对汇通数码的起诉。"));
    EXPECT_EQ(r.lastLawsuitStatus(), LawsuitStatus::Dismissed);
}

TEST_F(RelationExtractorTest, AFoundingYearDoesNotDateARivalryInTheSameSentence)
{
    const auto r = relationsOf(QStringLiteral("云杉智能成立于2016年，与汇通数码是直接的竞争对手。"));
    ASSERT_TRUE(r.find(RelationType::CompetitorOf, QStringLiteral("云杉智能"), QStringLiteral("汇通数码")));
    EXPECT_EQ(r.times(RelationType::CompetitorOf, QStringLiteral("云杉智能"), QStringLiteral("汇通数码")),
              QStringList{QString()});
}

TEST_F(RelationExtractorTest, ThePossessiveBetweenOrganisationAndPostIsNoPartOfTheRole)
{
    const auto r = relationsOf(QStringLiteral("林振宇被任命为云杉智能的首席财务官。"));
    EXPECT_EQ(r.roles(RelationType::WorksAt, QStringLiteral("林振宇"), QStringLiteral("云杉智能")),
              QStringList{QStringLiteral("首席财务官")});
}

// --- organisation names ---

TEST_F(RelationExtractorTest, RobotCompanyNamedBySuffixIsFoundButARobotCategoryIsNot)
{
    const auto r = relationsOf(QStringLiteral("灵巧机器人推出了一款双臂机器人。"));
    EXPECT_TRUE(r.named(QStringLiteral("灵巧机器人")));
    EXPECT_FALSE(r.named(QStringLiteral("双臂机器人")));
}

TEST_F(RelationExtractorTest, CloudAndAiCompaniesNamedBySuffixAreFound)
{
    const auto r = relationsOf(QStringLiteral("星海AI与蓝鲸云展开竞争。"));
    EXPECT_TRUE(r.named(QStringLiteral("星海AI")));
    EXPECT_TRUE(r.named(QStringLiteral("蓝鲸云")));
}

TEST_F(RelationExtractorTest, AdverbAndVerbBeforeAKnownNameAreNoPartOfIt)
{
    const auto r = relationsOf(QStringLiteral("极光公司称，公司从未使用云杉智能的任何技术资料。"));
    EXPECT_TRUE(r.named(QStringLiteral("云杉智能")));
    EXPECT_FALSE(r.named(QStringLiteral("未使用云杉智能")));
}

TEST_F(RelationExtractorTest, VerbBeforeCompanyIsNoName)
{
    const auto r = relationsOf(QStringLiteral("林振宇违规进行关联交易，损害公司利益。"));
    EXPECT_FALSE(r.named(QStringLiteral("损害公司")));
}

TEST_F(RelationExtractorTest, PassiveSuitNamesThePlaintiffAfterBei)
{
    const auto r = relationsOf(QStringLiteral("2023年，星图AI被快手起诉侵犯著作权。"));
    EXPECT_EQ(r.suitsOf(RelationType::PlaintiffIn, QStringLiteral("快手")), 1);
    EXPECT_EQ(r.suitsOf(RelationType::DefendantIn, QStringLiteral("星图AI")), 1);
    EXPECT_EQ(r.suitsOf(RelationType::PlaintiffIn, QStringLiteral("星图AI")), 0);
}

TEST_F(RelationExtractorTest, CompanyFoundedAfterLeavingIsNotTheOneLeft)
{
    const auto r = relationsOf(QStringLiteral("郑凯今年3月离职后创办了深言科技。"));
    EXPECT_TRUE(r.has(RelationType::Founded, QStringLiteral("郑凯"), QStringLiteral("深言科技")));
    EXPECT_FALSE(r.find(RelationType::Left, QStringLiteral("郑凯"), QStringLiteral("深言科技")));
}

TEST_F(RelationExtractorTest, FormerHeadOfADepartmentWorkedAtItsOrganisation)
{
    const auto r = relationsOf(QStringLiteral("灵枢机器人CEO周启航此前是百度自动驾驶部门的感知算法负责人。"));
    const Relation *w = r.find(RelationType::WorksAt, QStringLiteral("周启航"), QStringLiteral("百度"));
    ASSERT_TRUE(w);
    EXPECT_EQ(w->role, QStringLiteral("感知算法负责人"));
}

// --- rules found on the chip board, US lab and Hong Kong appeal articles ---

TEST_F(RelationExtractorTest, CompanionAfterYuFoundsWithTheSubject)
{
    const auto r = relationsOf(QStringLiteral("芯驰微电子董事长王建国辞职，总经理刘思源接任。王建国现年62岁，2008年与刘思源共同创立芯驰微电子。"));
    EXPECT_TRUE(r.has(RelationType::Founded, QStringLiteral("王建国"), QStringLiteral("芯驰微电子")));
    EXPECT_TRUE(r.has(RelationType::Founded, QStringLiteral("刘思源"), QStringLiteral("芯驰微电子")));
}

TEST_F(RelationExtractorTest, PronounAfterACompanionStandsForTheSubject)
{
    const auto r = relationsOf(QStringLiteral("芯驰微电子董事长王建国辞职，总经理刘思源接任。王建国现年62岁，2008年与刘思源共同创立芯驰微电子。创业之前，他曾在中芯国际担任副总裁。"));
    EXPECT_TRUE(r.find(RelationType::WorksAt, QStringLiteral("王建国"), QStringLiteral("中芯国际")));
    EXPECT_FALSE(r.find(RelationType::WorksAt, QStringLiteral("刘思源"), QStringLiteral("中芯国际")));
}

TEST_F(RelationExtractorTest, HandingInAResignationIsLeaving)
{
    const auto r = relationsOf(QStringLiteral("同日，芯驰微电子独立董事陈雅琴也提交辞呈。"));
    EXPECT_TRUE(r.has(RelationType::Left, QStringLiteral("陈雅琴"), QStringLiteral("芯驰微电子")));
}

TEST_F(RelationExtractorTest, BoardCommitteeIsNoOrganisation)
{
    const auto r = relationsOf(QStringLiteral("王建国申请辞去公司董事长、董事及战略委员会主任委员职务。"));
    EXPECT_FALSE(r.named(QStringLiteral("战略委员会")));
}

TEST_F(RelationExtractorTest, JoiningARivalNamesTheRivalOfTheFormerEmployer)
{
    const auto r = relationsOf(QStringLiteral("链博科技董事总经理梁志强辞职。梁志强2017年加入链博科技，2022年初辞职后随即加盟竞争对手汇通数码，担任行政总裁。"));
    EXPECT_TRUE(r.has(RelationType::Joined, QStringLiteral("梁志强"), QStringLiteral("汇通数码")));
    EXPECT_TRUE(r.find(RelationType::CompetitorOf, QStringLiteral("链博科技"), QStringLiteral("汇通数码")));
}

TEST_F(RelationExtractorTest, FormerStaffOfAnOrganisationFoundNotTheOrganisation)
{
    const auto r = relationsOf(QStringLiteral("由OpenAI前员工创立的AI初创公司Reflex Labs本周宣布完成3亿美元A轮融资。"));
    EXPECT_FALSE(r.find(RelationType::Founded, QStringLiteral("OpenAI"), QStringLiteral("Reflex Labs")));
    EXPECT_FALSE(r.find(RelationType::SubsidiaryOf, QStringLiteral("Reflex Labs"), QStringLiteral("OpenAI")));
}

TEST_F(RelationExtractorTest, InvestorsListedAfterTouZiFangPutMoneyInTheRound)
{
    const auto r = relationsOf(QStringLiteral("星河智能本周宣布完成3亿美元A轮融资，投资方包括高瓴资本、英伟达和红杉资本。"));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("高瓴资本"), QStringLiteral("星河智能")));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("英伟达"), QStringLiteral("星河智能")));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("红杉资本"), QStringLiteral("星河智能")));
}

TEST_F(RelationExtractorTest, TalksOnAnInvestmentAreNoInvestment)
{
    const auto r = relationsOf(QStringLiteral("芯驰微电子宣布，公司正与小米洽谈一笔战略投资，小米有望出资2亿元。"));
    EXPECT_FALSE(r.has(RelationType::InvestedIn, QStringLiteral("小米"), QStringLiteral("芯驰微电子")));
    EXPECT_FALSE(r.has(RelationType::InvestedIn, QStringLiteral("芯驰微电子"), QStringLiteral("小米")));
}

TEST_F(RelationExtractorTest, PoachedFromIsJoining)
{
    const auto r = relationsOf(QStringLiteral("上个月，星河智能从百度挖来了研究总监赵磊。"));
    EXPECT_TRUE(r.has(RelationType::Joined, QStringLiteral("赵磊"), QStringLiteral("星河智能")));
}

TEST_F(RelationExtractorTest, FilingAWritInHongKongIsASuit)
{
    const auto r = relationsOf(QStringLiteral("鏈博科技前董事總經理梁志強辭職。鏈博科技其後入稟高等法院，指控梁志強違反競業禁止條款。"));
    EXPECT_EQ(r.suitsOf(RelationType::PlaintiffIn, QStringLiteral("链博科技")), 1);
    EXPECT_EQ(r.suitsOf(RelationType::DefendantIn, QStringLiteral("梁志强")), 1);
}

TEST_F(RelationExtractorTest, PoachedFromAnOrganisationIsLeavingIt)
{
    const auto r = relationsOf(QStringLiteral("上个月，星河智能从百度挖来了研究总监赵磊。"));
    EXPECT_TRUE(r.has(RelationType::Left, QStringLiteral("赵磊"), QStringLiteral("百度")));
}

TEST_F(RelationExtractorTest, FormerStaffBeforeAFoundingVerbAreNotTheOrganisation)
{
    const auto r = relationsOf(QStringLiteral("OpenAI前员工创立的Reflex Labs完成3亿美元融资"));
    EXPECT_FALSE(r.find(RelationType::Founded, QStringLiteral("OpenAI"), QStringLiteral("Reflex Labs")));
}

TEST_F(RelationExtractorTest, ClauseOpeningWithHuoReceivesTheInvestmentForTheSubject)
{
    const auto r = relationsOf(QStringLiteral("链博科技是一家支付公司，2020年获阿里巴巴旗下蚂蚁集团投资1.2亿港元。"));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("蚂蚁集团"), QStringLiteral("链博科技")));
    EXPECT_FALSE(r.find(RelationType::InvestedIn, QStringLiteral("蚂蚁集团"), QStringLiteral("阿里巴巴")));
}

TEST_F(RelationExtractorTest, PartyListedAsASecondDefendantJoinsTheLastSuit)
{
    const auto r = relationsOf(QStringLiteral("链博科技入禀高等法院起诉汇通数码。星河科技亦被列为第二被告。"));
    EXPECT_EQ(r.lawsuitCount(), 1);
    EXPECT_EQ(r.suitsOf(RelationType::DefendantIn, QStringLiteral("星河科技")), 1);
}

TEST_F(RelationExtractorTest, PartyNamedInTheGroundsIsTheDefendant)
{
    const auto r = relationsOf(QStringLiteral("云杉智能以汇通科技窃取其商业秘密为由提起诉讼。"));
    EXPECT_TRUE(r.has(RelationType::PlaintiffIn, QStringLiteral("云杉智能"), QStringLiteral("云杉智能 诉 汇通科技")));
    EXPECT_EQ(r.suitsOf(RelationType::DefendantIn, QStringLiteral("汇通科技")), 1);
    EXPECT_EQ(r.suitsOf(RelationType::PlaintiffIn, QStringLiteral("汇通科技")), 0);
}

TEST_F(RelationExtractorTest, GroundsClauseBeforeTheSuitNamesTheDefendant)
{
    const auto r = relationsOf(
        QStringLiteral("2023年5月，云杉智能以汇通科技拖欠技术服务费为由，向杭州市中级人民法院提起诉讼。"));
    EXPECT_EQ(r.suitsOf(RelationType::PlaintiffIn, QStringLiteral("云杉智能")), 1);
    EXPECT_EQ(r.suitsOf(RelationType::DefendantIn, QStringLiteral("汇通科技")), 1);
}

TEST_F(RelationExtractorTest, GroundsNamingOnlyThePlaintiffGiveNoDefendant)
{
    const auto r = relationsOf(QStringLiteral("云杉智能以其专利权受到侵害为由提起诉讼。"));
    EXPECT_EQ(r.lawsuitCount(), 0);
}

TEST_F(RelationExtractorTest, ReliefSoughtFromTheCourtNamesTheDefendant)
{
    const auto r = relationsOf(
        QStringLiteral("云杉智能向杭州市中级人民法院提起诉讼，要求法院判令汇通科技赔偿经济损失。"));
    EXPECT_EQ(r.suitsOf(RelationType::PlaintiffIn, QStringLiteral("云杉智能")), 1);
    EXPECT_EQ(r.suitsOf(RelationType::DefendantIn, QStringLiteral("汇通科技")), 1);
}

TEST_F(RelationExtractorTest, CourtAfterASuitVerbIsNoDefendant)
{
    // A headline: 高院 and the remedy sought after it are no company being sued.
    const auto r = relationsOf(QStringLiteral("云杉智能创办人入禀高院申禁制令"));
    EXPECT_EQ(r.lawsuitCount(), 0);
    EXPECT_EQ(r.named(QStringLiteral("高院申禁制令")), nullptr);
}

TEST_F(RelationExtractorTest, CompanyBeforeACoFounderOnlyQualifiesThePlaintiff)
{
    // 联合创办人 (Hong Kong and Taiwan usage) is 联合创始人: the company names whose co-founder sues.
    const auto r = relationsOf(QStringLiteral("云杉智能前联合创办人周立衡入禀高等法院，起诉汇通科技。"));
    EXPECT_EQ(r.suitsOf(RelationType::PlaintiffIn, QStringLiteral("周立衡")), 1);
    EXPECT_EQ(r.suitsOf(RelationType::PlaintiffIn, QStringLiteral("云杉智能")), 0);
    EXPECT_TRUE(r.has(RelationType::Founded, QStringLiteral("周立衡"), QStringLiteral("云杉智能")));
}

TEST_F(RelationExtractorTest, RareSurnameOpeningAListOfFoundersIsAPerson)
{
    const auto r = relationsOf(QStringLiteral("星衡科技由岑立行、吴卓贤于2019年共同创立。"));
    EXPECT_TRUE(r.has(RelationType::Founded, QStringLiteral("岑立行"), QStringLiteral("星衡科技")));
    EXPECT_TRUE(r.has(RelationType::Founded, QStringLiteral("吴卓贤"), QStringLiteral("星衡科技")));
}

TEST_F(RelationExtractorTest, RareSurnameClosingAListOfFoundersIsAPerson)
{
    const auto r = relationsOf(QStringLiteral("星衡科技由张浩然、李卓贤及温颖思于2017年共同创立。"));
    EXPECT_TRUE(r.has(RelationType::Founded, QStringLiteral("温颖思"), QStringLiteral("星衡科技")));
}

TEST_F(RelationExtractorTest, ShareholderNamedByItsStakeInvestsInTheCompany)
{
    const auto r = relationsOf(QStringLiteral("持有云杉智能5%股份的股东启元资本计划减持。"));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("启元资本"), QStringLiteral("云杉智能")));
}

TEST_F(RelationExtractorTest, StakeInTheCompanyIsInTheOrganisationTheTextIsAbout)
{
    const auto r = relationsOf(QStringLiteral("云杉智能发布公告。持有公司5%股份的股东启元资本计划减持。"));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("启元资本"), QStringLiteral("云杉智能")));
}

TEST_F(RelationExtractorTest, PersonIsTheOrganisationsFounder)
{
    const auto r = relationsOf(QStringLiteral("星衡科技董事长张浩然辞职。资料显示，张浩然是星衡科技的创始人。"));
    EXPECT_TRUE(r.has(RelationType::Founded, QStringLiteral("张浩然"), QStringLiteral("星衡科技")));
}

TEST_F(RelationExtractorTest, OpinionOfAnotherHoldersPostGivesThePersonNoPost)
{
    const auto r = relationsOf(QStringLiteral("汇通科技董事长张浩然表示反对。张浩然认为星衡科技的首席执行官不称职。"));
    EXPECT_TRUE(r.roles(RelationType::WorksAt, QStringLiteral("张浩然"), QStringLiteral("星衡科技")).isEmpty());
}

TEST_F(RelationExtractorTest, TwoCharacterCompanyAfterADescriptionOfWhatWasFounded)
{
    const auto r = relationsOf(QStringLiteral("张浩然离职后创办了跨境电商平台货途，并出任首席执行官。"));
    EXPECT_TRUE(r.has(RelationType::Founded, QStringLiteral("张浩然"), QStringLiteral("货途")));
    EXPECT_EQ(r.roles(RelationType::WorksAt, QStringLiteral("张浩然"), QStringLiteral("货途")),
              QStringList{QStringLiteral("首席执行官")});
}

TEST_F(RelationExtractorTest, CommonNounAfterADescriptionIsNoCompany)
{
    const auto r = relationsOf(QStringLiteral("星衡科技去年投资了多家物流公司股权。"));
    EXPECT_EQ(r.named(QStringLiteral("股权")), nullptr);
}

TEST_F(RelationExtractorTest, AtThatTimeIsTheYearJustTold)
{
    const auto r = relationsOf(
        QStringLiteral("2019年，星衡科技完成B轮融资，由启元资本领投。启元资本合伙人张浩然当时加入星衡科技董事会。"));
    EXPECT_EQ(r.times(RelationType::Joined, QStringLiteral("张浩然"), QStringLiteral("星衡科技")),
              QStringList{QStringLiteral("2019")});
}

TEST_F(RelationExtractorTest, FormerPostTakesNoTimeOfTheClauseBefore)
{
    const auto r = relationsOf(QStringLiteral("星衡科技首席技术官李卓贤出席发布会。李卓贤2016年加入星衡科技，曾任公司技术总监，2020年起担任首席技术官。"));
    EXPECT_EQ(r.times(RelationType::Joined, QStringLiteral("李卓贤"), QStringLiteral("星衡科技")),
              QStringList{QStringLiteral("2016")});
    const auto times = r.times(RelationType::WorksAt, QStringLiteral("李卓贤"), QStringLiteral("星衡科技"));
    EXPECT_FALSE(times.contains(QStringLiteral("2016")));
}

// --- where people worked, rounds told over two sentences, founders named with 其 ---

TEST_F(RelationExtractorTest, PairOpeningAClauseBothWorkedAtThePlaceNamed)
{
    const auto r = relationsOf(QStringLiteral("联合创始人罗志远和韩雪于2019年共同创办星衡科技，两人都曾在腾讯任职。"));
    EXPECT_TRUE(r.has(RelationType::WorksAt, QStringLiteral("罗志远"), QStringLiteral("腾讯")));
    EXPECT_TRUE(r.has(RelationType::WorksAt, QStringLiteral("韩雪"), QStringLiteral("腾讯")));
}

TEST_F(RelationExtractorTest, EmployerAfterYuIsWhereThePairWorked)
{
    const auto r = relationsOf(QStringLiteral("星衡科技由罗志远和韩雪共同创办，二人均曾任职于阿里巴巴。"));
    EXPECT_TRUE(r.has(RelationType::WorksAt, QStringLiteral("罗志远"), QStringLiteral("阿里巴巴")));
    EXPECT_TRUE(r.has(RelationType::WorksAt, QStringLiteral("韩雪"), QStringLiteral("阿里巴巴")));
}

TEST_F(RelationExtractorTest, PairDoingWorkAtAnOrganisationWorkedThere)
{
    const auto r = relationsOf(QStringLiteral("星衡科技由罗志远和韩雪共同创办。二人此前都在百度从事语音识别研究。"));
    EXPECT_TRUE(r.has(RelationType::WorksAt, QStringLiteral("罗志远"), QStringLiteral("百度")));
    EXPECT_TRUE(r.has(RelationType::WorksAt, QStringLiteral("韩雪"), QStringLiteral("百度")));
}

TEST_F(RelationExtractorTest, WorkDoneInACityGivesNoEmployer)
{
    const auto r = relationsOf(QStringLiteral("韩雪在上海从事芯片设计工作。"));
    EXPECT_FALSE(r.has(RelationType::WorksAt, QStringLiteral("韩雪"), QStringLiteral("上海")));
}

TEST_F(RelationExtractorTest, SeniorManagerIsARoleHeldAtTheOrganisationBeforeIt)
{
    const auto r = relationsOf(QStringLiteral("韩雪曾任百度高级经理。"));
    EXPECT_TRUE(r.has(RelationType::WorksAt, QStringLiteral("韩雪"), QStringLiteral("百度")));
}

TEST_F(RelationExtractorTest, InvestmentBankDepartmentIsAWorkplaceNotAnInvestment)
{
    const auto r = relationsOf(QStringLiteral("周岚今年5月加入小米，此前在中金公司投资银行部任职。"));
    EXPECT_TRUE(r.has(RelationType::WorksAt, QStringLiteral("周岚"), QStringLiteral("中金公司")));
    EXPECT_FALSE(r.find(RelationType::InvestedIn, QStringLiteral("中金公司"), QStringLiteral("小米")));
}

TEST_F(RelationExtractorTest, FormerWorkplaceTakesNoDateFromTheClauseBefore)
{
    const auto r = relationsOf(QStringLiteral("周岚今年2月离开字节跳动，此前在字节跳动工作了八年。"));
    const Relation *worked = r.find(RelationType::WorksAt, QStringLiteral("周岚"), QStringLiteral("字节跳动"));
    ASSERT_TRUE(worked);
    EXPECT_FALSE(worked->time.isValid()) << worked->time.toString().toStdString();
}

TEST_F(RelationExtractorTest, InvestorsOfThisRoundTakeTheRoundsDateAndAmount)
{
    const auto r = relationsOf(QStringLiteral("9月2日，星衡科技宣布完成8亿元B轮融资。本轮由启明创投领投，老股东顺为资本继续跟投。"));
    const Relation *lead = r.find(RelationType::InvestedIn, QStringLiteral("启明创投"), QStringLiteral("星衡科技"));
    ASSERT_TRUE(lead);
    EXPECT_EQ(lead->time.toString(), QStringLiteral("2025-09-02"));
    EXPECT_EQ(lead->amount, QStringLiteral("8亿元"));
}

TEST_F(RelationExtractorTest, ReturningBackerKeepsBothRounds)
{
    const auto r = relationsOf(QStringLiteral("2021年，顺为资本领投了星衡科技1亿元A轮融资。今年9月2日，星衡科技宣布完成8亿元B轮融资。"
                                              "本轮由启明创投领投，顺为资本继续加注。"));
    EXPECT_EQ(r.count(RelationType::InvestedIn, QStringLiteral("顺为资本"), QStringLiteral("星衡科技")), 2);
}

TEST_F(RelationExtractorTest, FounderBeforeJiQiFoundedTheCompanyAfterIt)
{
    const auto r = relationsOf(QStringLiteral("星衡科技起诉前总监孙浩及其创立的云阶机器人。"));
    EXPECT_TRUE(r.has(RelationType::Founded, QStringLiteral("孙浩"), QStringLiteral("云阶机器人")));
    EXPECT_FALSE(r.find(RelationType::Founded, QStringLiteral("星衡科技"), QStringLiteral("云阶机器人")));
}

TEST_F(RelationExtractorTest, ProductLaunchedByAFounderIsTheirCompanys)
{
    const auto r = relationsOf(QStringLiteral("孙浩离职后创立了云阶科技，并推出与星衡科技产品类似的巡检机器人「云阶R2」。"));
    EXPECT_TRUE(r.has(RelationType::Develops, QStringLiteral("云阶科技"), QStringLiteral("云阶R2")));
    EXPECT_FALSE(r.find(RelationType::Develops, QStringLiteral("星衡科技"), QStringLiteral("云阶R2")));
}

TEST_F(RelationExtractorTest, ProductNamedAfterAPassiveIsNotTheLaunchers)
{
    const auto r = relationsOf(QStringLiteral("云阶机器人发布的巡检机器人「云阶R2」被视为星衡科技「星衡X5」的对手。"));
    EXPECT_TRUE(r.has(RelationType::Develops, QStringLiteral("云阶机器人"), QStringLiteral("云阶R2")));
    EXPECT_FALSE(r.find(RelationType::Develops, QStringLiteral("云阶机器人"), QStringLiteral("星衡X5")));
}

TEST_F(RelationExtractorTest, ReturningFromLeaveIsNoNewJoining)
{
    const auto r = relationsOf(QStringLiteral("星衡科技副总裁刘畅今年1月开始休假，知情人士称刘畅下月回归。"));
    EXPECT_TRUE(r.has(RelationType::OnLeave, QStringLiteral("刘畅"), QStringLiteral("星衡科技")));
    EXPECT_FALSE(r.find(RelationType::Joined, QStringLiteral("刘畅"), QStringLiteral("星衡科技")));
}

TEST_F(RelationExtractorTest, ReturningToAFormerEmployerNamedIsJoiningIt)
{
    const auto r = relationsOf(QStringLiteral("前副总裁刘畅近日宣布回归老东家腾讯。"));
    EXPECT_TRUE(r.has(RelationType::Joined, QStringLiteral("刘畅"), QStringLiteral("腾讯")));
}

TEST_F(RelationExtractorTest, PersonAfterAnOrganisationsLongTitleIsWhoJoins)
{
    const auto r = relationsOf(QStringLiteral("前腾讯智能出行BU副总裁程远已于今年5月加入小米，出任首席运营官。"));
    EXPECT_TRUE(r.has(RelationType::Joined, QStringLiteral("程远"), QStringLiteral("小米")));
}

TEST_F(RelationExtractorTest, InvestingInASectorIsNoInvestmentInTheOrganisationBefore)
{
    const auto r = relationsOf(QStringLiteral("云杉资本是中金公司旗下的投资平台，这是其首次投资机器人赛道。"));
    EXPECT_FALSE(r.find(RelationType::InvestedIn, QStringLiteral("云杉资本"), QStringLiteral("中金公司")));
}

TEST_F(RelationExtractorTest, ExpectedMoveIsNoFact)
{
    const auto r = relationsOf(QStringLiteral("星衡科技副总裁刘长青预计明年初加盟小米。"));
    ASSERT_TRUE(r.named(QStringLiteral("刘长青")));
    EXPECT_FALSE(r.has(RelationType::Joined, QStringLiteral("刘长青"), QStringLiteral("小米")));
}

TEST_F(RelationExtractorTest, OrganisationAfterCongIsWhereThePersonLeftFrom)
{
    const auto r = relationsOf(QStringLiteral("程远在腾讯工作了十年，去年底从腾讯离职。"));
    EXPECT_TRUE(r.has(RelationType::Left, QStringLiteral("程远"), QStringLiteral("腾讯")));
}

TEST_F(RelationExtractorTest, PostAfterJoiningBelongsToThePersonBehindAnOrganisationsTitle)
{
    const auto r = relationsOf(QStringLiteral("前腾讯智能出行BU副总裁程远已于今年5月加入小米，出任首席运营官。"));
    EXPECT_TRUE(r.roles(RelationType::WorksAt, QStringLiteral("程远"), QStringLiteral("小米"))
                    .contains(QStringLiteral("首席运营官")));
}

TEST_F(RelationExtractorTest, UnnamedFounderBeforeJiQiIsNotTheClauseSubject)
{
    const auto r = relationsOf(QStringLiteral("星衡科技起诉一名前员工及其创立的云阶机器人。"));
    EXPECT_FALSE(r.find(RelationType::Founded, QStringLiteral("星衡科技"), QStringLiteral("云阶机器人")));
}

TEST_F(RelationExtractorTest, RecruitedFromASeniorPostJoinsTheRecruiter)
{
    const auto r = relationsOf(QStringLiteral("星衡科技今年4月延揽前台积电资深处长蔡佩君出任营运长。"));
    EXPECT_TRUE(r.has(RelationType::Joined, QStringLiteral("蔡佩君"), QStringLiteral("星衡科技")));
    EXPECT_TRUE(r.has(RelationType::WorksAt, QStringLiteral("蔡佩君"), QStringLiteral("台积电")));
}

TEST_F(RelationExtractorTest, FoundingDescribedBeforeDeTakesNotTheMainEventsDate)
{
    const auto r = relationsOf(QStringLiteral("星衡科技昨日宣布与前总监孙浩及其创立的云阶机器人达成和解。"));
    const Relation *founded = r.find(RelationType::Founded, QStringLiteral("孙浩"), QStringLiteral("云阶机器人"));
    ASSERT_TRUE(founded);
    EXPECT_FALSE(founded->time.isValid()) << founded->time.toString().toStdString();
}

TEST_F(RelationExtractorTest, FoundingMonthsAfterLeavingIsDatedFromTheDeparture)
{
    const auto r = relationsOf(QStringLiteral("孙浩2023年3月离开星衡科技。孙浩离职半年后创立了云阶科技。"));
    const Relation *founded = r.find(RelationType::Founded, QStringLiteral("孙浩"), QStringLiteral("云阶科技"));
    ASSERT_TRUE(founded);
    EXPECT_EQ(founded->time.toString(), QStringLiteral("2023-09"));
}

TEST_F(RelationExtractorTest, FoundingAYearAndAHalfAfterResigningCountsEveryFormTheTimeResolverKnows)
{
    // Any departure trigger (辞职, not only 离职) and any count TimeResolver reads (一年半),
    // with a sentence between: the count has no time right before it to start from.
    const auto r = relationsOf(
        QStringLiteral("何静2022年1月从星衡科技辞职。她在那里负责芯片设计。何静辞职一年半后创办了云阶科技。"));
    const Relation *founded = r.find(RelationType::Founded, QStringLiteral("何静"), QStringLiteral("云阶科技"));
    ASSERT_TRUE(founded);
    EXPECT_EQ(founded->time.toString(), QStringLiteral("2023-07"));
}

TEST_F(RelationExtractorTest, CountryBeforeAnInvestorIsNoInvestor)
{
    const auto r = relationsOf(QStringLiteral("云阶科技完成B轮融资，由启明创投领投，日本软银集团和新加坡淡马锡跟投。"));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("软银"), QStringLiteral("云阶科技")));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("淡马锡"), QStringLiteral("云阶科技")));
    EXPECT_FALSE(r.find(RelationType::InvestedIn, QStringLiteral("日本"), QStringLiteral("云阶科技")));
    EXPECT_FALSE(r.find(RelationType::InvestedIn, QStringLiteral("新加坡"), QStringLiteral("云阶科技")));
}

TEST_F(RelationExtractorTest, ListCompetingInAFieldRivalsAmongItselfButNotItsCountry)
{
    const auto r = relationsOf(QStringLiteral("业界认为，星衡科技与云阶科技以及日本索尼在巡检机器人领域形成直接竞争。"));
    EXPECT_TRUE(r.has(RelationType::CompetitorOf, QStringLiteral("星衡科技"), QStringLiteral("索尼")));
    EXPECT_TRUE(r.has(RelationType::CompetitorOf, QStringLiteral("星衡科技"), QStringLiteral("云阶科技")));
    EXPECT_FALSE(r.find(RelationType::CompetitorOf, QStringLiteral("日本"), QStringLiteral("索尼")));
}

TEST_F(RelationExtractorTest, RoundBelongsToTheNameRightBeforeWanCheng)
{
    const auto r = relationsOf(QStringLiteral("车规级ＡＩ芯片公司星衡科技宣布完成6亿元B轮融资。本轮由启明创投领投。"));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("启明创投"), QStringLiteral("星衡科技")));
}

TEST_F(RelationExtractorTest, DepartureOfAnUnnamedTitleHolderIsNotTheLastSubjects)
{
    const auto r = relationsOf(QStringLiteral("星衡科技首席执行官孙浩同时兼任公司董事长，原董事长退出董事会。"));
    EXPECT_FALSE(r.find(RelationType::Left, QStringLiteral("孙浩"), QStringLiteral("星衡科技")));
}

TEST_F(RelationExtractorTest, SentenceOpeningWithTongShiTakesTheDateJustTold)
{
    const auto r = relationsOf(QStringLiteral("2022年10月，星衡科技完成1亿美元融资，由顺为资本领投。今年6月，星衡科技发布新一代巡检机器人。"
                                              "公司同时获得约5000万美元新融资，顺为资本等机构参投。"));
    const QStringList times = r.times(RelationType::InvestedIn, QStringLiteral("顺为资本"), QStringLiteral("星衡科技"));
    EXPECT_TRUE(times.contains(QStringLiteral("2022-10"))) << times.join(u',').toStdString();
    EXPECT_TRUE(times.contains(QStringLiteral("2025-06"))) << times.join(u',').toStdString();
}

TEST_F(RelationExtractorTest, PostLeftNamesTheOrganisationLeft)
{
    const auto r = relationsOf(QStringLiteral("星衡科技近日发布新品。去年10月，孙浩按约定卸任腾讯首席技术官，受聘为星衡科技顾问。"));
    EXPECT_TRUE(r.has(RelationType::Left, QStringLiteral("孙浩"), QStringLiteral("腾讯")));
    EXPECT_FALSE(r.find(RelationType::Left, QStringLiteral("孙浩"), QStringLiteral("星衡科技")));
}

// --- ownership, subscriptions, moves and removals (issue 3, session 10) ---

TEST_F(RelationExtractorTest, SpinningOffWhatIsUnderItMakesASubsidiary)
{
    const auto r = relationsOf(QStringLiteral("星衡云公司成立于2020年。星衡科技昨日宣布分拆旗下智能仓储平台星衡云。"));
    EXPECT_TRUE(r.has(RelationType::SubsidiaryOf, QStringLiteral("星衡云公司"), QStringLiteral("星衡科技")));
}

TEST_F(RelationExtractorTest, BecomingAnAffiliateMakesASubsidiaryOfTheTextsCompany)
{
    const auto r = relationsOf(QStringLiteral("星衡科技宣布重组。星衡云公司将成为独立营运的附属公司，星衡科技仍持有其六成股权。"));
    EXPECT_TRUE(r.has(RelationType::SubsidiaryOf, QStringLiteral("星衡云公司"), QStringLiteral("星衡科技")));
}

TEST_F(RelationExtractorTest, SubscribingForSharesIsInvesting)
{
    const auto r = relationsOf(QStringLiteral("腾讯认购了星衡科技约15%的新股。"));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("腾讯"), QStringLiteral("星衡科技")));
}

TEST_F(RelationExtractorTest, ReturningBackerOfANewRoundInvestsTwice)
{
    const auto r = relationsOf(QStringLiteral("星衡科技去年获得顺为资本3000万元天使轮投资。星衡科技近日完成2亿元A轮融资，"
                                              "本轮由高瓴创投领投，老股东顺为资本继续超额跟投。"));
    EXPECT_EQ(r.count(RelationType::InvestedIn, QStringLiteral("顺为资本"), QStringLiteral("星衡科技")), 2);
}

TEST_F(RelationExtractorTest, MovingFromYouOneOrganisationLeavesIt)
{
    const auto r = relationsOf(QStringLiteral("技术总监孙浩去年由阿里巴巴跳槽至京东。"));
    EXPECT_EQ(r.times(RelationType::Left, QStringLiteral("孙浩"), QStringLiteral("阿里巴巴")), QStringList{QStringLiteral("2024")});
    EXPECT_EQ(r.times(RelationType::Joined, QStringLiteral("孙浩"), QStringLiteral("京东")), QStringList{QStringLiteral("2024")});
}

TEST_F(RelationExtractorTest, PersonRemovedByTheBoardLeaves)
{
    const auto r = relationsOf(QStringLiteral("星衡科技董事会上月罢免了首席执行官孙浩。"));
    EXPECT_EQ(r.times(RelationType::Left, QStringLiteral("孙浩"), QStringLiteral("星衡科技")), QStringList{QStringLiteral("2025-02")});
}

TEST_F(RelationExtractorTest, PersonDismissedInThePassiveLeaves)
{
    const auto r = relationsOf(QStringLiteral("首席执行官孙浩上月被星衡科技董事会解职。"));
    EXPECT_TRUE(r.has(RelationType::Left, QStringLiteral("孙浩"), QStringLiteral("星衡科技")));
}

TEST_F(RelationExtractorTest, PostTakenFromAPersonIsLeft)
{
    const auto r = relationsOf(QStringLiteral("星衡科技董事会解除了创始人孙浩的首席执行官职务。"));
    EXPECT_EQ(r.roles(RelationType::Left, QStringLiteral("孙浩"), QStringLiteral("星衡科技")),
              QStringList{QStringLiteral("首席执行官")});
}

TEST_F(RelationExtractorTest, EndingAContractRemovesNoOne)
{
    const auto r = relationsOf(QStringLiteral("星衡科技上月与首席执行官孙浩解除了劳动合同。"));
    EXPECT_FALSE(r.find(RelationType::Left, QStringLiteral("孙浩"), QStringLiteral("星衡科技")));
}

TEST_F(RelationExtractorTest, TakingAPostAgainIsJoiningAtTheClausesTime)
{
    const auto r = relationsOf(QStringLiteral("星衡科技上周宣布，创始人孙浩重新出任首席执行官。"));
    EXPECT_EQ(r.times(RelationType::Joined, QStringLiteral("孙浩"), QStringLiteral("星衡科技")),
              QStringList{QStringLiteral("2025-W11")});
    EXPECT_EQ(r.times(RelationType::WorksAt, QStringLiteral("孙浩"), QStringLiteral("星衡科技")), QStringList{QString()});
}

TEST_F(RelationExtractorTest, LaterDenialOfJoiningAnyCompanyTakesBackTheReportedMove)
{
    const auto r = relationsOf(QStringLiteral("有报道指技术总监孙浩将加盟京东。星衡科技发言人表示，孙浩并未加入任何公司。"));
    EXPECT_FALSE(r.has(RelationType::Joined, QStringLiteral("孙浩"), QStringLiteral("京东")));
}

TEST_F(RelationExtractorTest, DenialOfJoiningAnyCompanyKeepsADatedEarlierJoining)
{
    const auto r = relationsOf(QStringLiteral("技术总监孙浩2019年加入京东。他去年离开京东后，并未加入任何公司。"));
    EXPECT_TRUE(r.has(RelationType::Joined, QStringLiteral("孙浩"), QStringLiteral("京东")));
}

TEST_F(RelationExtractorTest, RivalsOfAProductAreItsMakers)
{
    const auto r = relationsOf(QStringLiteral("星衡科技推出巡检机器人星衡R1。腾讯今年加大了机器人投入。"
                                              "孙浩说，星衡R1的主要对手是宇树科技和智元机器人。"));
    EXPECT_TRUE(r.has(RelationType::CompetitorOf, QStringLiteral("星衡科技"), QStringLiteral("宇树科技")));
    EXPECT_FALSE(r.find(RelationType::CompetitorOf, QStringLiteral("腾讯"), QStringLiteral("宇树科技")));
}

TEST_F(RelationExtractorTest, CourtHearingASuitAgainstARivalIsNoRival)
{
    const auto r = relationsOf(QStringLiteral("星衡科技在北京知识产权法院起诉竞争对手宇树科技。"));
    EXPECT_TRUE(r.has(RelationType::CompetitorOf, QStringLiteral("星衡科技"), QStringLiteral("宇树科技")));
    EXPECT_FALSE(r.find(RelationType::CompetitorOf, QStringLiteral("北京知识产权法院"), QStringLiteral("宇树科技")));
}

TEST_F(RelationExtractorTest, CompetingWithAListWhoseFirstNameIsUnknownNamesTheRest)
{
    const auto r = relationsOf(QStringLiteral("星衡科技将直接与极速达同城及京东物流竞争。"));
    EXPECT_TRUE(r.has(RelationType::CompetitorOf, QStringLiteral("星衡科技"), QStringLiteral("京东物流")));
}

TEST_F(RelationExtractorTest, FoundersFormerEmployerDoesNotMakeTheProduct)
{
    const auto r = relationsOf(QStringLiteral("星衡科技由孙浩与前大疆工程师李明共同创立，主要产品为巡检机器人星衡R1。"));
    EXPECT_FALSE(r.find(RelationType::Develops, QStringLiteral("大疆"), QStringLiteral("星衡R1")));
    EXPECT_TRUE(r.has(RelationType::Develops, QStringLiteral("星衡科技"), QStringLiteral("星衡R1")));
}

TEST_F(RelationExtractorTest, ReportsContentIsToldAtTheReportsTime)
{
    const auto r = relationsOf(QStringLiteral("星衡科技昨晚发出公告。公告指，首席执行官孙浩已辞任。"));
    EXPECT_EQ(r.times(RelationType::Left, QStringLiteral("孙浩"), QStringLiteral("星衡科技")),
              QStringList{QStringLiteral("2025-03-19")});
}

TEST_F(RelationExtractorTest, PostNamedWithItsOrganisationGoesToTheHeirThere)
{
    const auto r = relationsOf(QStringLiteral("星衡云公司成立于2020年。星衡科技宣布，星衡云首席执行官一职由集团技术总监孙浩出任。"));
    EXPECT_EQ(r.roles(RelationType::WorksAt, QStringLiteral("孙浩"), QStringLiteral("星衡云公司")),
              QStringList{QStringLiteral("首席执行官")});
    EXPECT_FALSE(r.roles(RelationType::WorksAt, QStringLiteral("孙浩"), QStringLiteral("星衡科技")).contains(QStringLiteral("首席执行官")));
}

TEST_F(RelationExtractorTest, SameDayRefersToTheLastDateNotABackgroundYear)
{
    const auto r = relationsOf(QStringLiteral("星衡科技3月10日宣布完成融资。技术总监李明2019年加入星衡科技。同日，首席财务官王芳辞职。"));
    EXPECT_EQ(r.times(RelationType::Left, QStringLiteral("王芳"), QStringLiteral("星衡科技")),
              QStringList{QStringLiteral("2025-03-10")});
}

TEST_F(RelationExtractorTest, BecomingItsAffiliateAfterPronounsIsNotTurnedRound)
{
    const auto r = relationsOf(QStringLiteral("今年10月，星衡科技以2亿美元收购了越南物流平台Giaohang，后者成为其全资子公司。"));
    EXPECT_TRUE(r.has(RelationType::SubsidiaryOf, QStringLiteral("Giaohang"), QStringLiteral("星衡科技")));
    EXPECT_FALSE(r.find(RelationType::SubsidiaryOf, QStringLiteral("星衡科技"), QStringLiteral("Giaohang")));
}

TEST_F(RelationExtractorTest, EachVerbTakesTheTimeNearestBeforeIt)
{
    const auto r = relationsOf(QStringLiteral("云阶科技宣布，2021年出任首席财务官的周立衡已于今年1月离职。"));
    EXPECT_EQ(r.times(RelationType::Left, QStringLiteral("周立衡"), QStringLiteral("云阶科技")),
              QStringList{QStringLiteral("2025-01")});
}

TEST_F(RelationExtractorTest, RelativeClauseKeepsItsFactUnderSpeculation)
{
    const auto r = relationsOf(QStringLiteral("据消息人士透露，周立衡去年创办的云阶科技可能会参与星河数据的新一轮融资。"));
    EXPECT_TRUE(r.has(RelationType::Founded, QStringLiteral("周立衡"), QStringLiteral("云阶科技")));
    EXPECT_FALSE(r.find(RelationType::InvestedIn, QStringLiteral("云阶科技"), QStringLiteral("星河数据")));
}

TEST_F(RelationExtractorTest, RelativeClauseUnderANegationIsDenied)
{
    const auto r = relationsOf(QStringLiteral("星河数据否认周立衡创办的云阶科技已入股公司。"));
    EXPECT_FALSE(r.find(RelationType::Founded, QStringLiteral("周立衡"), QStringLiteral("云阶科技")));
}

TEST_F(RelationExtractorTest, HeadlineRumourOfAnInvestmentIsNoFact)
{
    const auto r = relationsOf(QStringLiteral("云阶科技完成A轮融资 星河资本传将参投"));
    EXPECT_FALSE(r.find(RelationType::InvestedIn, QStringLiteral("星河资本"), QStringLiteral("云阶科技")));
}

TEST_F(RelationExtractorTest, PersonNotListedAsDefendantIsNoDefendant)
{
    const auto r = relationsOf(QStringLiteral("云阶科技曾在起诉书中指称周立衡带走了部分技术资料，但法院并未采纳这一说法，周立衡本人也未被列为被告。"));
    EXPECT_EQ(r.suitsOf(RelationType::DefendantIn, QStringLiteral("周立衡")), 0);
}

TEST_F(RelationExtractorTest, ItsOpeningASentenceIsTheSubjectsNotTheRivals)
{
    const auto r = relationsOf(QStringLiteral("云阶科技在推理芯片市场与英伟达、AMD正面竞争。其自研芯片“天枢”于今年1月发布。"));
    EXPECT_TRUE(r.has(RelationType::Develops, QStringLiteral("云阶科技"), QStringLiteral("天枢")));
    EXPECT_FALSE(r.find(RelationType::Develops, QStringLiteral("AMD"), QStringLiteral("天枢")));
}

TEST_F(RelationExtractorTest, BareJoiningFromAnOrganisationLeavesIt)
{
    const auto r = relationsOf(QStringLiteral("云阶科技宣布完成B轮融资。首席财务官周立衡上月从星河资本加盟。"));
    EXPECT_FALSE(r.find(RelationType::Joined, QStringLiteral("周立衡"), QStringLiteral("星河资本")));
    EXPECT_TRUE(r.has(RelationType::Left, QStringLiteral("周立衡"), QStringLiteral("星河资本")));
}

TEST_F(RelationExtractorTest, OwnerBeforeADescribedLatinNameOwnsThatName)
{
    const auto r = relationsOf(QStringLiteral("云阶科技完成A轮融资，由启明创投领投，腾讯旗下的战略投资部门Tencent Ventures也参与了本轮融资。"));
    EXPECT_TRUE(r.has(RelationType::SubsidiaryOf, QStringLiteral("Tencent Ventures"), QStringLiteral("腾讯")));
    EXPECT_FALSE(r.find(RelationType::SubsidiaryOf, QStringLiteral("启明创投"), QStringLiteral("腾讯")));
}

TEST_F(RelationExtractorTest, PersonBeforeDeOnlySaysWhoseColleagueActs)
{
    const auto r = relationsOf(QStringLiteral("云阶科技今年完成A轮融资。创始人周立衡在星河资本的老搭档、星河资本前合伙人钟启明上月也离开星河资本，加盟云阶科技出任首席财务官。"));
    EXPECT_TRUE(r.has(RelationType::Joined, QStringLiteral("钟启明"), QStringLiteral("云阶科技")));
    EXPECT_TRUE(r.has(RelationType::Left, QStringLiteral("钟启明"), QStringLiteral("星河资本")));
    EXPECT_FALSE(r.find(RelationType::Joined, QStringLiteral("周立衡"), QStringLiteral("云阶科技")));
}

TEST_F(RelationExtractorTest, PeopleListedBeforeDeBothAct)
{
    const auto r = relationsOf(QStringLiteral("云阶科技今年完成A轮融资。首席执行官周立衡与算法团队的工程师钟启明均已从星河资本离职。"));
    EXPECT_TRUE(r.has(RelationType::Left, QStringLiteral("周立衡"), QStringLiteral("星河资本")));
    EXPECT_TRUE(r.has(RelationType::Left, QStringLiteral("钟启明"), QStringLiteral("星河资本")));
}

TEST_F(RelationExtractorTest, CountAfterANamedDepartureRunsFromThatDeparture)
{
    const auto r = relationsOf(QStringLiteral("去年3月，首席执行官周立衡从星河资本离职。去年5月，云阶科技完成A轮融资。"
                                              "周立衡离职半年后，星河资本前合伙人钟启明也离开星河资本，加盟云阶科技。"));
    EXPECT_EQ(r.times(RelationType::Joined, QStringLiteral("钟启明"), QStringLiteral("云阶科技")),
              QStringList{QStringLiteral("2024-09")});
}

TEST_F(RelationExtractorTest, DepartureCountedFromIsNoNewDeparture)
{
    const auto r = relationsOf(QStringLiteral("去年3月，首席执行官周立衡从星河资本离职。"
                                              "周立衡离职半年后，星河资本前合伙人钟启明也离开星河资本。"));
    EXPECT_EQ(r.times(RelationType::Left, QStringLiteral("周立衡"), QStringLiteral("星河资本")),
              QStringList{QStringLiteral("2024-03")});
}

TEST_F(RelationExtractorTest, PersonTakingPartInTheRoundInvestsInTheRaisingCompany)
{
    const auto r = relationsOf(QStringLiteral("云阶科技近日完成5000万元A轮融资，由星河资本领投，启明创投跟投，知名天使投资人周立衡也参与了本轮投资。"));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("周立衡"), QStringLiteral("云阶科技")));
    EXPECT_FALSE(r.find(RelationType::InvestedIn, QStringLiteral("周立衡"), QStringLiteral("启明创投")));
}

TEST_F(RelationExtractorTest, PersonTakingPartInTheRoundGetsItsAmount)
{
    const auto r = relationsOf(QStringLiteral("云阶科技近日完成5000万元A轮融资，由星河资本领投，知名天使投资人周立衡也参与了本轮投资。"));
    const Relation *investment = r.find(RelationType::InvestedIn, QStringLiteral("周立衡"), QStringLiteral("云阶科技"));
    ASSERT_TRUE(investment);
    EXPECT_EQ(investment->amount, QStringLiteral("5000万元"));
}

TEST_F(RelationExtractorTest, InvestorNounAfterTheConjunctionContinuesTheInvestorList)
{
    const auto r = relationsOf(QStringLiteral("去年6月，云阶科技完成2000万元种子轮融资，投资方为启明创投和个人投资人周立衡。"));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("启明创投"), QStringLiteral("云阶科技")));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("周立衡"), QStringLiteral("云阶科技")));
}

TEST_F(RelationExtractorTest, QuotedNameAfterAnAgentWordIsAProductOfTheCompany)
{
    const auto r = relationsOf(QStringLiteral("云阶科技本周发布了面向客服团队的智能体“阶语”，计划年内开放公测。"));
    EXPECT_TRUE(r.has(RelationType::Develops, QStringLiteral("云阶科技"), QStringLiteral("阶语")));
}

TEST_F(RelationExtractorTest, OperationsAgentIsNoCompanyName)
{
    const auto r = relationsOf(QStringLiteral("云阶科技本周发布了面向餐饮商家的经营智能体“阶语”。"));
    EXPECT_FALSE(r.named(QStringLiteral("经营智能")));
}

TEST_F(RelationExtractorTest, AnotherCoFounderLeavingFoundsTheNextCompanyHimself)
{
    const auto r = relationsOf(QStringLiteral("星河资本另一位联合创始人周立衡上月离职，随后创办了云阶科技。"));
    EXPECT_TRUE(r.has(RelationType::Left, QStringLiteral("周立衡"), QStringLiteral("星河资本")));
    EXPECT_TRUE(r.has(RelationType::Founded, QStringLiteral("周立衡"), QStringLiteral("云阶科技")));
    EXPECT_FALSE(r.find(RelationType::Founded, QStringLiteral("星河资本"), QStringLiteral("云阶科技")));
}

TEST_F(RelationExtractorTest, PlatformOneSpeaksOnIsNoMakerOfTheProductAnnounced)
{
    const auto r = relationsOf(QStringLiteral("云阶科技创始人周立衡在X上表示，下一代模型Nova 3将于今年夏天推出。"));
    EXPECT_FALSE(r.find(RelationType::Develops, QStringLiteral("X"), QStringLiteral("Nova 3")));
}

TEST_F(RelationExtractorTest, ProductAnnouncedByAPersonIsTheirCompanys)
{
    const auto r = relationsOf(QStringLiteral("云阶科技创始人周立衡在微博上表示，下一代模型Nova 3将于今年夏天推出。"));
    EXPECT_TRUE(r.has(RelationType::Develops, QStringLiteral("云阶科技"), QStringLiteral("Nova 3")));
}

TEST_F(RelationExtractorTest, SecondPersonWithADescriptionOfTheirOwnStaysInTheList)
{
    const auto r = relationsOf(QStringLiteral("曾负责推荐系统的Alan Reed（艾伦·里德）与语音团队的Maria Lopez（玛丽亚·洛佩兹）均已从星河资本离职并加入云阶科技。"));
    EXPECT_TRUE(r.has(RelationType::Left, QStringLiteral("Maria Lopez"), QStringLiteral("星河资本")));
    EXPECT_TRUE(r.has(RelationType::Joined, QStringLiteral("Maria Lopez"), QStringLiteral("云阶科技")));
}

TEST_F(RelationExtractorTest, PinyinNameGlossedByAChineseNameIsAPerson)
{
    const auto r = relationsOf(QStringLiteral("新团队中的Tang Yiming（汤一鸣）此前在星河资本工作。"));
    ASSERT_TRUE(r.named(QStringLiteral("Tang Yiming")));
    EXPECT_EQ(r.named(QStringLiteral("Tang Yiming"))->type, EntityType::Person);
    EXPECT_TRUE(r.has(RelationType::WorksAt, QStringLiteral("汤一鸣"), QStringLiteral("星河资本")));
}

TEST_F(RelationExtractorTest, LatinFundNameGlossedByAShortChineseNameStaysAnOrganisation)
{
    const auto r = relationsOf(QStringLiteral("Lan Ventures（蓝海）领投了云阶科技的A轮融资。"));
    ASSERT_TRUE(r.named(QStringLiteral("Lan Ventures")));
    EXPECT_EQ(r.named(QStringLiteral("Lan Ventures"))->type, EntityType::Organization);
}

TEST_F(RelationExtractorTest, PersonIsTheFounderOfADescribedCompany)
{
    const auto r = relationsOf(QStringLiteral("云阶科技今年完成A轮融资，投资方为个人投资人周立衡。周立衡是在线教育公司星河科技的创始人，与钟启明是大学同学。"));
    EXPECT_TRUE(r.has(RelationType::Founded, QStringLiteral("周立衡"), QStringLiteral("星河科技")));
}

TEST_F(RelationExtractorTest, PersonIsTheOfficerOfACompanyTitledAfterIt)
{
    const auto r = relationsOf(QStringLiteral("云阶科技今年完成A轮融资，投资方为个人投资人周立衡。周立衡是星河科技的首席技术官。"));
    EXPECT_EQ(r.roles(RelationType::WorksAt, QStringLiteral("周立衡"), QStringLiteral("星河科技")),
              QStringList{QStringLiteral("首席技术官")});
}

TEST_F(RelationExtractorTest, CompanyReceivingAnInvestmentFromNobodyNamedInvestsInNothing)
{
    const auto r = relationsOf(QStringLiteral("云阶科技的创始人周立衡曾在星河资本任职。公司成立之初即拿到了天使轮投资。"));
    EXPECT_FALSE(r.find(RelationType::InvestedIn, QStringLiteral("云阶科技"), QStringLiteral("星河资本")));
}

TEST_F(RelationExtractorTest, InvestorNamedAfterTheReceivingVerbInvests)
{
    const auto r = relationsOf(QStringLiteral("云阶科技去年拿到了腾讯的天使轮投资。"));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("腾讯"), QStringLiteral("云阶科技")));
}

TEST_F(RelationExtractorTest, RespectivelyPairsEachPersonWithThePostOfTheSameRank)
{
    const auto r = relationsOf(QStringLiteral("董事会决定，副总裁沈立言和财务总监蒋若微分别出任云阶科技首席执行官和首席财务官。"));
    const QStringList shen = r.roles(RelationType::WorksAt, QStringLiteral("沈立言"), QStringLiteral("云阶科技"));
    const QStringList jiang = r.roles(RelationType::WorksAt, QStringLiteral("蒋若微"), QStringLiteral("云阶科技"));
    EXPECT_TRUE(shen.contains(QStringLiteral("首席执行官")));
    EXPECT_FALSE(shen.contains(QStringLiteral("首席财务官")));
    EXPECT_TRUE(jiang.contains(QStringLiteral("首席财务官")));
    EXPECT_FALSE(jiang.contains(QStringLiteral("首席执行官")));
}

TEST_F(RelationExtractorTest, RespectivelyWithListsOfDifferentLengthsPairsNothing)
{
    const auto r = relationsOf(QStringLiteral("副总裁沈立言和财务总监蒋若微分别出任云阶科技首席执行官、首席财务官和首席运营官。"));
    EXPECT_FALSE(r.roles(RelationType::WorksAt, QStringLiteral("蒋若微"), QStringLiteral("云阶科技"))
                     .contains(QStringLiteral("首席财务官")));
}

TEST_F(RelationExtractorTest, CofounderAfterADateAndTwoPostsFoundedToo)
{
    const auto r = relationsOf(QStringLiteral("副总裁祁明远已退休。祁明远2015年与董事长兼首席执行官沈立言共同创立云阶科技。"));
    EXPECT_TRUE(r.has(RelationType::Founded, QStringLiteral("祁明远"), QStringLiteral("云阶科技")));
    EXPECT_TRUE(r.has(RelationType::Founded, QStringLiteral("沈立言"), QStringLiteral("云阶科技")));
}

TEST_F(RelationExtractorTest, CountryBeforeADescribedCompanyIsWhereTheInvesteeIsFrom)
{
    const auto r = relationsOf(QStringLiteral("云阶科技今年向新加坡物流企业Cargora投资500万美元。"));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("云阶科技"), QStringLiteral("Cargora")));
    EXPECT_FALSE(r.find(RelationType::InvestedIn, QStringLiteral("云阶科技"), QStringLiteral("Singapore")));
}

TEST_F(RelationExtractorTest, InvestmentThroughASubsidiaryIsTheSubsidiarys)
{
    const auto r = relationsOf(QStringLiteral("云阶科技通过全资子公司北辰创投有限公司向星海智能投资3000万元。"));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("北辰创投有限公司"), QStringLiteral("星海智能")));
    EXPECT_FALSE(r.find(RelationType::InvestedIn, QStringLiteral("云阶科技"), QStringLiteral("星海智能")));
}

TEST_F(RelationExtractorTest, AppointingVerbGivesThePostToThePersonAfterIt)
{
    const auto r = relationsOf(QStringLiteral("云阶科技董事会聘任赵磊为公司首席财务官。"));
    EXPECT_TRUE(r.roles(RelationType::WorksAt, QStringLiteral("赵磊"), QStringLiteral("云阶科技"))
                    .contains(QStringLiteral("首席财务官")));
}

TEST_F(RelationExtractorTest, AppointingVerbGivesThePostToEachPersonListed)
{
    const auto r = relationsOf(QStringLiteral("星海智能任命李明、王芳为副总裁。"));
    EXPECT_TRUE(r.has(RelationType::WorksAt, QStringLiteral("李明"), QStringLiteral("星海智能")));
    EXPECT_TRUE(r.has(RelationType::WorksAt, QStringLiteral("王芳"), QStringLiteral("星海智能")));
}

TEST_F(RelationExtractorTest, AppointingVerbWithNoPostGivesNoRelation)
{
    const auto r = relationsOf(QStringLiteral("星海智能任命张伟为代表出席论坛。"));
    EXPECT_FALSE(r.find(RelationType::WorksAt, QStringLiteral("张伟"), QStringLiteral("星海智能")));
}

TEST_F(RelationExtractorTest, TakingPartiesToACourtIsASuit)
{
    const auto r = relationsOf(QStringLiteral("2023年5月，云杉智能将前总监周立衡和星图科技诉至杭州中院。"));
    EXPECT_EQ(r.suitsOf(RelationType::PlaintiffIn, QStringLiteral("云杉智能")), 1);
    EXPECT_EQ(r.suitsOf(RelationType::DefendantIn, QStringLiteral("周立衡")), 1);
    EXPECT_EQ(r.suitsOf(RelationType::DefendantIn, QStringLiteral("星图科技")), 1);
}

TEST_F(RelationExtractorTest, RespectiveAmountsGoToTheCompaniesInOrder)
{
    const auto r = relationsOf(QStringLiteral("旗下之江科创基金分别向澄衡科技和星瀚半导体注资5000万元和2亿元。"));
    const Relation *first = r.find(RelationType::InvestedIn, QStringLiteral("之江科创基金"), QStringLiteral("澄衡科技"));
    const Relation *second = r.find(RelationType::InvestedIn, QStringLiteral("之江科创基金"), QStringLiteral("星瀚半导体"));
    ASSERT_TRUE(first);
    ASSERT_TRUE(second);
    EXPECT_EQ(first->amount, QStringLiteral("5000万元"));
    EXPECT_EQ(second->amount, QStringLiteral("2亿元"));
}

TEST_F(RelationExtractorTest, FoundingVerbAfterByDescribesTheNameAfterDe)
{
    const auto r = relationsOf(QStringLiteral("由蒋明哲创办的澄衡科技获得了融资。"));
    EXPECT_TRUE(r.has(RelationType::Founded, QStringLiteral("蒋明哲"), QStringLiteral("澄衡科技")));
}

TEST_F(RelationExtractorTest, WorkingAtAnOrganisationAfterYuIsWorksAt)
{
    const auto r = relationsOf(QStringLiteral("翎视由邝志朗创立。邝志朗创业前曾于大疆任职。"));
    EXPECT_TRUE(r.has(RelationType::WorksAt, QStringLiteral("邝志朗"), QStringLiteral("大疆")));
}

TEST_F(RelationExtractorTest, ComingFromAnOrganisationIsWorksAt)
{
    const auto r = relationsOf(QStringLiteral("砾算科技由简若川创办。简若川出身华为。"));
    EXPECT_TRUE(r.has(RelationType::WorksAt, QStringLiteral("简若川"), QStringLiteral("华为")));
}

TEST_F(RelationExtractorTest, ProductManagerIsATitle)
{
    const auto r = relationsOf(QStringLiteral("闪映科技由潘越创办。潘越此前是字节跳动的产品经理。"));
    EXPECT_TRUE(r.has(RelationType::WorksAt, QStringLiteral("潘越"), QStringLiteral("字节跳动")));
}

TEST_F(RelationExtractorTest, OldShareholderFollowingOnIsAnInvestor)
{
    const auto r = relationsOf(QStringLiteral("栖木机器人完成融资，本轮由高瓴创投领投，老股东蓝驰创投追投。"));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("蓝驰创投"), QStringLiteral("栖木机器人")));
}

TEST_F(RelationExtractorTest, ReceivingAnInvestmentWithHuoNamesTheInvestor)
{
    const auto r = relationsOf(QStringLiteral("去年3月，栖木机器人曾获北极光创投数千万元天使投资。"));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("北极光创投"), QStringLiteral("栖木机器人")));
}

TEST_F(RelationExtractorTest, IncreasingAStakeIsInvesting)
{
    const auto r = relationsOf(QStringLiteral("公告显示，红杉中国本月增持星岚科技，持股比例由8%升至11%。"));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("红杉中国"), QStringLiteral("星岚科技")));
}

TEST_F(RelationExtractorTest, WordForTheTwoNamesTheRivalsBefore)
{
    const auto r = relationsOf(QStringLiteral("拓衡智能与擎岳机器人同处协作机器人赛道，彼此是直接的竞争对手。"));
    EXPECT_TRUE(r.has(RelationType::CompetitorOf, QStringLiteral("拓衡智能"), QStringLiteral("擎岳机器人")));
}

TEST_F(RelationExtractorTest, BothSidesDeniedRivalryIsNone)
{
    const auto r = relationsOf(QStringLiteral("澄观智能表示，星野创投只是财务投资人，双方不存在竞争关系。"));
    EXPECT_FALSE(r.has(RelationType::CompetitorOf, QStringLiteral("澄观智能"), QStringLiteral("星野创投")));
}

TEST_F(RelationExtractorTest, BenchmarkingAgainstAnotherCompanysProductIsRivalry)
{
    const auto r = relationsOf(QStringLiteral("在工业人形机器人赛道，枢元机器人的产品直接对标优必选的Walker S1。"));
    EXPECT_TRUE(r.has(RelationType::CompetitorOf, QStringLiteral("枢元机器人"), QStringLiteral("优必选")));
}

TEST_F(RelationExtractorTest, BothAdverbMakesThePeopleNamedBeforeTheSubject)
{
    const auto r = relationsOf(QStringLiteral("张伟和李明去年离开百度，随后双双加入字节跳动。"));
    EXPECT_TRUE(r.has(RelationType::Joined, QStringLiteral("张伟"), QStringLiteral("字节跳动")));
    EXPECT_TRUE(r.has(RelationType::Joined, QStringLiteral("李明"), QStringLiteral("字节跳动")));
}

TEST_F(RelationExtractorTest, JumpingShipNamesTheCompanyJoined)
{
    const auto r = relationsOf(QStringLiteral("简志远、郭铭哲于2023年离职，同年即双双跳槽钰衡半导体。"));
    EXPECT_TRUE(r.has(RelationType::Joined, QStringLiteral("郭铭哲"), QStringLiteral("钰衡半导体")));
}

TEST_F(RelationExtractorTest, JoiningVerbBeforeAnotherIsToldByTheSecond)
{
    const auto r = relationsOf(QStringLiteral("邓子轩2019年由德勤跳槽加入嘉峰控股。"));
    EXPECT_TRUE(r.has(RelationType::Joined, QStringLiteral("邓子轩"), QStringLiteral("嘉峰控股")));
    EXPECT_FALSE(r.has(RelationType::Joined, QStringLiteral("邓子轩"), QStringLiteral("德勤")));
}

TEST_F(RelationExtractorTest, SuitToldOnlyByAnOnlineRumourIsNoFact)
{
    const auto r = relationsOf(QStringLiteral("网上流传一份所谓“起诉状”截图，称前合伙人宋嘉禾已将程牧野告上法庭。"));
    EXPECT_EQ(r.suitsOf(RelationType::PlaintiffIn, QStringLiteral("宋嘉禾")), 0);
}

TEST_F(RelationExtractorTest, CompanyIncubatingAnotherFoundedAndOwnsIt)
{
    const auto r = relationsOf(QStringLiteral("驰远汽车孵化的枢元机器人已完成15亿元B轮融资。"));
    EXPECT_TRUE(r.has(RelationType::Founded, QStringLiteral("驰远汽车"), QStringLiteral("枢元机器人")));
    EXPECT_TRUE(r.has(RelationType::SubsidiaryOf, QStringLiteral("枢元机器人"), QStringLiteral("驰远汽车")));
}

TEST_F(RelationExtractorTest, RulingNamingItsPartiesIsTheirSuit)
{
    const auto r = relationsOf(QStringLiteral("苏州中院近日作出一审判决，判令被告周立衡与星图科技连带赔偿原告云杉智能经济损失860万元。"));
    EXPECT_EQ(r.suitsOf(RelationType::PlaintiffIn, QStringLiteral("云杉智能")), 1);
    EXPECT_EQ(r.suitsOf(RelationType::DefendantIn, QStringLiteral("周立衡")), 1);
    EXPECT_EQ(r.suitsOf(RelationType::DefendantIn, QStringLiteral("星图科技")), 1);
    EXPECT_EQ(r.lastLawsuitStatus(), LawsuitStatus::Ruled);
}

TEST_F(RelationExtractorTest, TheTwoAfterDuiAreThePeopleNamedBefore)
{
    const auto r = relationsOf(QStringLiteral("简志远、郭铭哲于2023年离职。矽澈科技另向法院对两人及钰衡半导体提起民事诉讼。"));
    EXPECT_EQ(r.suitsOf(RelationType::DefendantIn, QStringLiteral("简志远")), 1);
    EXPECT_EQ(r.suitsOf(RelationType::DefendantIn, QStringLiteral("郭铭哲")), 1);
    EXPECT_EQ(r.suitsOf(RelationType::DefendantIn, QStringLiteral("钰衡半导体")), 1);
}

TEST_F(RelationExtractorTest, CleftNamesWhoFoundedTheNameBeforeShi)
{
    const auto r = relationsOf(QStringLiteral("钟以宁是视语科技的总裁。视语科技是他2016年创立的。"));
    EXPECT_TRUE(r.has(RelationType::Founded, QStringLiteral("钟以宁"), QStringLiteral("视语科技")));
    EXPECT_FALSE(r.has(RelationType::Founded, QStringLiteral("视语科技"), QStringLiteral("钟以宁")));
}

TEST_F(RelationExtractorTest, OrganisationLeftIsNotTheFounderOfTheNextClause)
{
    const auto r = relationsOf(QStringLiteral("张伟表示，他2021年离开阿里巴巴，在杭州一手创办了知弈科技。"));
    EXPECT_TRUE(r.has(RelationType::Founded, QStringLiteral("张伟"), QStringLiteral("知弈科技")));
    EXPECT_FALSE(r.has(RelationType::Founded, QStringLiteral("阿里巴巴"), QStringLiteral("知弈科技")));
}

TEST_F(RelationExtractorTest, CompanyClosingAZhejiaPhraseIsTheOneJustNamed)
{
    const auto r = relationsOf(QStringLiteral(
        "OpenAI是本文的主角。Anthropic同样在积极吸纳人才。这家由前OpenAI研究副总裁达里奥·阿莫迪（Dario Amodei）于2021年创办的公司，去年推出了新模型。"));
    EXPECT_TRUE(r.has(RelationType::Founded, QStringLiteral("Dario Amodei"), QStringLiteral("Anthropic")));
    EXPECT_FALSE(r.has(RelationType::Founded, QStringLiteral("Dario Amodei"), QStringLiteral("OpenAI")));
}

TEST_F(RelationExtractorTest, NameAfterARelativeClauseWithYouRaisesTheRound)
{
    const auto r = relationsOf(QStringLiteral(
        "由OpenAI前首席技术官米拉·穆拉蒂（Mira Murati）创办的Thinking Machines Lab，今年7月刚刚完成20亿美元种子轮融资，由a16z领投，英伟达、AMD等跟投。"));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("Nvidia"), QStringLiteral("Thinking Machines Lab")));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("AMD"), QStringLiteral("Thinking Machines Lab")));
    EXPECT_FALSE(r.has(RelationType::InvestedIn, QStringLiteral("Nvidia"), QStringLiteral("AMD")));
}

TEST_F(RelationExtractorTest, QiAfterARoundsInvestorsIsTheCompanyRaising)
{
    const auto r = relationsOf(QStringLiteral(
        "由米拉·穆拉蒂创办的Thinking Machines Lab，今年7月完成20亿美元种子轮融资，英伟达、AMD等跟投，三个月后，其联合创始人安德鲁·塔洛克（Andrew Tulloch）就离开公司、转投了Meta。"));
    EXPECT_TRUE(r.has(RelationType::Left, QStringLiteral("Andrew Tulloch"), QStringLiteral("Thinking Machines Lab")));
    EXPECT_FALSE(r.has(RelationType::Left, QStringLiteral("Andrew Tulloch"), QStringLiteral("AMD")));
}

TEST_F(RelationExtractorTest, RumourOpeningItsOwnClauseDoubtsTheRestOfTheSentence)
{
    const auto r = relationsOf(QStringLiteral("有传闻称，前OpenAI研究员姚顺雨已于9月加盟腾讯。"));
    EXPECT_FALSE(r.has(RelationType::Joined, QStringLiteral("Yao Shunyu"), QStringLiteral("Tencent")));
}

TEST_F(RelationExtractorTest, ClauseOpeningWithYuFoundsWithThePersonBefore)
{
    const auto r = relationsOf(QStringLiteral(
        "今年3月，前阿里巴巴算法专家沈嘉禾离职，与清华大学的师兄、前旷视科技研究员罗屹共同创办了具身智能公司衡川智能。"));
    EXPECT_TRUE(r.has(RelationType::Founded, QStringLiteral("沈嘉禾"), QStringLiteral("衡川智能")));
    EXPECT_TRUE(r.has(RelationType::Founded, QStringLiteral("罗屹"), QStringLiteral("衡川智能")));
    EXPECT_FALSE(r.has(RelationType::Founded, QStringLiteral("Tsinghua University"), QStringLiteral("衡川智能")));
}

TEST_F(RelationExtractorTest, MuziIsARoundAsRongziIs)
{
    const auto r = relationsOf(QStringLiteral("上個月，澄光運算宣布完成2,000萬美元A輪募資，由國家發展基金領投，鴻海持續加碼。"));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("Foxconn"), QStringLiteral("澄光運算")));
}

TEST_F(RelationExtractorTest, ReceiverBeforeNaxiaRaisesTheRoundItsInvestorsFollow)
{
    const auto r = relationsOf(QStringLiteral(
        "具身智能公司穹镜智能近日完成数千万元天使轮融资，本轮由蓝驰创投领投。去年9月，这家初创公司刚刚拿下奇绩创坛独家投资的种子轮。"));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("MiraclePlus"), QStringLiteral("穹镜智能")));
    EXPECT_FALSE(r.has(RelationType::InvestedIn, QStringLiteral("穹镜智能"), QStringLiteral("MiraclePlus")));
}

TEST_F(RelationExtractorTest, DemonstrativeAfterARoundsInvestorsIsTheCompanyRaising)
{
    const auto r = relationsOf(QStringLiteral(
        "星岚科技完成1亿元A轮融资，由高瓴创投领投，奇绩创坛跟投。这家公司今年发布了首个开源模型Vista-1。"));
    EXPECT_TRUE(r.has(RelationType::Develops, QStringLiteral("星岚科技"), QStringLiteral("Vista-1")));
    EXPECT_FALSE(r.has(RelationType::Develops, QStringLiteral("MiraclePlus"), QStringLiteral("Vista-1")));
}

TEST_F(RelationExtractorTest, GongsiIsNoLabTheTextIsAbout)
{
    const auto r = relationsOf(QStringLiteral(
        "清华大学今年有多位教授创业。清华大学教授张伟创办了深维智元。深维智元今年拿到了天使轮；去年6月，公司又完成1亿元A轮融资，由高瓴创投领投。"));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("Hillhouse"), QStringLiteral("深维智元")));
    EXPECT_FALSE(r.has(RelationType::InvestedIn, QStringLiteral("Hillhouse"), QStringLiteral("Tsinghua University")));
}

TEST_F(RelationExtractorTest, ProductInARoundsSentenceIsTheRaisingCompanysNotAnInvestors)
{
    const auto r = relationsOf(QStringLiteral(
        "隔年，耕芯科技拿到之初创投与中华开发资本共同投资的300万美元种子轮，首款晶片GX-100于2018年量产。"));
    EXPECT_TRUE(r.has(RelationType::Develops, QStringLiteral("耕芯科技"), QStringLiteral("GX-100")));
    EXPECT_FALSE(r.has(RelationType::Develops, QStringLiteral("CDIB Capital"), QStringLiteral("GX-100")));
}

TEST_F(RelationExtractorTest, HoldingSharesOfACompanyIsInvestingInIt)
{
    const auto r = relationsOf(QStringLiteral("翎视科技成立于2019年。粤信创投目前仍持有翎视科技约2%股份。"));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("粤信创投"), QStringLiteral("翎视科技")));
}

TEST_F(RelationExtractorTest, JointVentureStakesAreNoInvestmentInEachOther)
{
    const auto r = relationsOf(QStringLiteral("澄岳科技宣布与云港集团合资成立澄港智算，澄岳科技持股51%，云港集团持股49%。"));
    EXPECT_FALSE(r.has(RelationType::InvestedIn, QStringLiteral("云港集团"), QStringLiteral("澄岳科技")));
}

TEST_F(RelationExtractorTest, PersonPoachedByACompanyAfterBeiJoinsIt)
{
    const auto r = relationsOf(QStringLiteral("7月，苹果基础模型团队负责人庞若鸣被Meta以超过2亿美元的薪酬包挖走。"));
    EXPECT_TRUE(r.has(RelationType::Joined, QStringLiteral("Ruoming Pang"), QStringLiteral("Meta")));
}

TEST_F(RelationExtractorTest, PersonPoachedPastARelativeClauseJoinsThePoacher)
{
    const auto r = relationsOf(QStringLiteral("字节跳动年初从谷歌挖来了在谷歌工作十七年的吴永辉。"));
    EXPECT_TRUE(r.has(RelationType::Joined, QStringLiteral("Wu Yonghui"), QStringLiteral("ByteDance")));
    EXPECT_TRUE(r.has(RelationType::Left, QStringLiteral("Wu Yonghui"), QStringLiteral("Google")));
}

TEST_F(RelationExtractorTest, CompanyBeforeDeAndARivalWordOnlySaysWhoseRival)
{
    const auto r = relationsOf(QStringLiteral("前百度技术负责人侯明哲今年夏天加盟了DeepSeek的竞争对手阶跃星辰。"));
    EXPECT_TRUE(r.has(RelationType::Joined, QStringLiteral("侯明哲"), QStringLiteral("StepFun")));
    EXPECT_FALSE(r.has(RelationType::Joined, QStringLiteral("侯明哲"), QStringLiteral("DeepSeek")));
}

TEST_F(RelationExtractorTest, JinruAndZhuanzhanJoinANamedCompany)
{
    const auto r = relationsOf(QStringLiteral("林柏宇是澄光运算创办人。林柏宇2009年进入台积电。2013年，他决定离开台积电，转战IC设计龙头联发科。"));
    EXPECT_TRUE(r.has(RelationType::Joined, QStringLiteral("林柏宇"), QStringLiteral("TSMC")));
    EXPECT_TRUE(r.has(RelationType::Left, QStringLiteral("林柏宇"), QStringLiteral("TSMC")));
    EXPECT_TRUE(r.has(RelationType::Joined, QStringLiteral("林柏宇"), QStringLiteral("MediaTek")));
}

TEST_F(RelationExtractorTest, ACompanyWhoseReportOpensAParagraphIsThatParagraphsCompany)
{
    // A digest of announcements: each paragraph's bare 公司 is the company whose report it opens with.
    const auto r = relationsOf(QStringLiteral(
        "启衡电子昨晚公告，公司拟收购澜舟精密60%股权，交易完成后澜舟精密将成为公司控股子公司。\n"
        "北辰数科公告称，公司董事会收到副总经理蒋文斌的辞职报告。在聘任新人选之前，由公司董事长彭立军代行其职责。"));
    EXPECT_TRUE(r.named(QStringLiteral("北辰数科")));
    EXPECT_TRUE(r.has(RelationType::WorksAt, QStringLiteral("彭立军"), QStringLiteral("北辰数科")));
    EXPECT_FALSE(r.has(RelationType::WorksAt, QStringLiteral("彭立军"), QStringLiteral("启衡电子")));
    EXPECT_FALSE(r.has(RelationType::WorksAt, QStringLiteral("彭立军"), QStringLiteral("澜舟精密")));
}

TEST_F(RelationExtractorTest, CornerstoneSubscriptionsBuyIntoTheCompanyTheTextIsAbout)
{
    const auto r = relationsOf(QStringLiteral(
        "澄宇智能今日在港交所上市，引入五名基石投资者。其中淡马锡旗下Aranda Investments认购5,000万美元，"
        "高瓴资本认购4,000万美元，本地家族办公室翠岭资本及车企比亚迪则分别认购2亿港元及1.5亿港元。"));
    for (const QString &investor : {QStringLiteral("Aranda Investments"), QStringLiteral("Hillhouse"),
                                    QStringLiteral("翠岭资本"), QStringLiteral("BYD")})
        EXPECT_TRUE(r.has(RelationType::InvestedIn, investor, QStringLiteral("澄宇智能"))) << investor.toStdString();
    EXPECT_FALSE(r.has(RelationType::InvestedIn, QStringLiteral("Hillhouse"), QStringLiteral("Aranda Investments")));
    EXPECT_FALSE(r.has(RelationType::InvestedIn, QStringLiteral("翠岭资本"), QStringLiteral("BYD")));
    const Relation *hillhouse = r.find(RelationType::InvestedIn, QStringLiteral("Hillhouse"), QStringLiteral("澄宇智能"));
    ASSERT_NE(hillhouse, nullptr);
    EXPECT_EQ(hillhouse->amountValue, 40000000.0);  // the comma groups digits: no clause ends at 4,
    const Relation *byd = r.find(RelationType::InvestedIn, QStringLiteral("BYD"), QStringLiteral("澄宇智能"));
    ASSERT_NE(byd, nullptr);
    EXPECT_EQ(byd->amountValue, 150000000.0);  // 分别: the second amount is the second investor's
}

TEST_F(RelationExtractorTest, InvestingWithAnAmountInANamedCompanyIsNoSubscription)
{
    const auto r = relationsOf(QStringLiteral("澄宇智能今日上市。去年6月，Meta向数据标注公司Scale AI投资143亿美元。"));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("Meta"), QStringLiteral("Scale AI")));
    EXPECT_FALSE(r.has(RelationType::InvestedIn, QStringLiteral("Meta"), QStringLiteral("澄宇智能")));
}

TEST_F(RelationExtractorTest, ARoundsLeadIsNotTheCompanyRaisingIt)
{
    const auto r = relationsOf(QStringLiteral(
        "星瀚科技今日招股。红杉中国于2023年领投1.2亿美元C轮融资，顺为资本跟投。高瓴去年4月再以约4500万美元认购D轮优先股。"));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("Hillhouse"), QStringLiteral("星瀚科技")));
    EXPECT_FALSE(r.has(RelationType::InvestedIn, QStringLiteral("Hillhouse"), QStringLiteral("HongShan")));
}

TEST_F(RelationExtractorTest, LeavingAnEmployerOfSomeYearsLeavesThatEmployer)
{
    const auto r = relationsOf(QStringLiteral("钟屹2015年加入大疆。陈立离开了效力八年的腾讯，加入字节跳动。"));
    EXPECT_TRUE(r.has(RelationType::Left, QStringLiteral("陈立"), QStringLiteral("Tencent")));
    EXPECT_FALSE(r.has(RelationType::Left, QStringLiteral("陈立"), QStringLiteral("DJI")));
}

TEST_F(RelationExtractorTest, RivalsAfterACopulaWithADegreeCompete)
{
    const auto r = relationsOf(QStringLiteral("在四足机器人市场，智元机器人与宇树科技是最直接的竞争对手。"));
    EXPECT_TRUE(r.has(RelationType::CompetitorOf, QStringLiteral("AgiBot"), QStringLiteral("Unitree")));
    const auto denied = relationsOf(QStringLiteral("智元机器人与宇树科技并不是直接的竞争对手。"));
    EXPECT_FALSE(denied.has(RelationType::CompetitorOf, QStringLiteral("AgiBot"), QStringLiteral("Unitree")));
}

TEST_F(RelationExtractorTest, HeAfterTwoSubjectsIsTheOneTheTextNamesMore)
{
    const auto r = relationsOf(QStringLiteral(
        "钟屹2018年创办了擎川。钟屹是一名工程师。2022年8月，钟屹辞去擎川首席执行官职务，倪嘉禾接棒出任首席执行官。"
        "两个月后，他转投小鹏汽车，出任副总裁。"));
    EXPECT_TRUE(r.has(RelationType::Joined, QStringLiteral("钟屹"), QStringLiteral("XPeng")));
    EXPECT_FALSE(r.has(RelationType::Joined, QStringLiteral("倪嘉禾"), QStringLiteral("XPeng")));
}

// The mentions below need the bundled lexicon and jieba's dictionary, which this fixture loads.
TEST_F(RelationExtractorTest, TwoSyllablesFoundedClosingTheirClauseAreACompany)
{
    const auto r = relationsOf(QStringLiteral("钟屹在大疆工作了三年。他和同学另起炉灶，创办了擎川。2020年，擎川完成2亿元A轮融资。"));
    ASSERT_NE(r.named(QStringLiteral("擎川")), nullptr);
    EXPECT_EQ(r.named(QStringLiteral("擎川"))->type, EntityType::Organization);
    // A word of the dictionary names no company: 创办了公司, 创立了品牌.
    EXPECT_EQ(relationsOf(QStringLiteral("他后来创办了品牌。")).named(QStringLiteral("品牌")), nullptr);
}

TEST_F(RelationExtractorTest, AModelsBrandAfterAnOrganisationHeadIsNoPartOfACompany)
{
    const auto r = relationsOf(QStringLiteral("这家公司的第一个产品是四足机器人踏云X1。"));
    ASSERT_NE(r.named(QStringLiteral("踏云X1")), nullptr);
    EXPECT_EQ(r.named(QStringLiteral("四足机器人踏云")), nullptr);
}

TEST_F(RelationExtractorTest, AFamilyOfficeDescribesTheInvestorAfterIt)
{
    EXPECT_NE(relationsOf(QStringLiteral("本地家族办公室翠岭资本认购2亿港元。")).named(QStringLiteral("翠岭资本")), nullptr);
}

TEST_F(RelationExtractorTest, ADescriptionBeforeAKnownNameInAListIsNoCompany)
{
    const auto r = relationsOf(QStringLiteral("翠岭资本及车企比亚迪分别认购2亿港元及1.5亿港元。"));
    EXPECT_EQ(r.named(QStringLiteral("车企比亚迪")), nullptr);
    EXPECT_NE(r.named(QStringLiteral("BYD")), nullptr);
}

TEST_F(RelationExtractorTest, ANameEndingInZhiAfterAFoundersTitleIsWhole)
{
    const auto r = relationsOf(QStringLiteral("墨衡科技成立于2021年，创始人兼CEO沈牧之此前在英伟达工作了八年。"));
    EXPECT_NE(r.named(QStringLiteral("沈牧之")), nullptr);
    EXPECT_EQ(r.named(QStringLiteral("沈牧")), nullptr);
    // 之前 is "before": 李明 is the name.
    EXPECT_NE(relationsOf(QStringLiteral("创始人李明之前在百度工作。")).named(QStringLiteral("李明")), nullptr);
}

TEST_F(RelationExtractorTest, SuedByARivalAfterZaoIsTheDefendant)
{
    const auto r = relationsOf(QStringLiteral("墨衡科技完成5亿元B轮融资，次日遭老对手锐算微电子起诉。"));
    EXPECT_EQ(r.suitsOf(RelationType::PlaintiffIn, QStringLiteral("锐算微电子")), 1);
    EXPECT_EQ(r.suitsOf(RelationType::DefendantIn, QStringLiteral("墨衡科技")), 1);
    EXPECT_EQ(r.suitsOf(RelationType::PlaintiffIn, QStringLiteral("墨衡科技")), 0);
}

TEST_F(RelationExtractorTest, TheReliefSoughtAfterAnAccusationNamesTheOtherDefendants)
{
    const auto r = relationsOf(QStringLiteral(
        "联合创始人韦珏2021年6月加盟墨衡科技。本周二，墨衡科技的主要竞争对手锐算微电子宣布，已向上海知识产权法院提起诉讼，"
        "指控韦珏离职时带走了设计文档，墨衡科技的芯片侵犯其专利，要求墨衡科技和韦珏停止侵权。"));
    EXPECT_EQ(r.suitsOf(RelationType::PlaintiffIn, QStringLiteral("锐算微电子")), 1);
    EXPECT_EQ(r.suitsOf(RelationType::DefendantIn, QStringLiteral("墨衡科技")), 1);
    EXPECT_EQ(r.suitsOf(RelationType::DefendantIn, QStringLiteral("韦珏")), 1);
    EXPECT_EQ(r.suitsOf(RelationType::PlaintiffIn, QStringLiteral("墨衡科技")), 0);
}

TEST_F(RelationExtractorTest, AnOrganisationAfterAPostOpeningTheClauseIsNoSubject)
{
    const auto r = relationsOf(QStringLiteral(
        "墨衡科技成立于2021年。联合创始人兼CTO韦珏则来自锐算微电子，曾任该公司设计总监，2021年6月加盟墨衡科技。"));
    EXPECT_TRUE(r.has(RelationType::Joined, QStringLiteral("韦珏"), QStringLiteral("墨衡科技")));
}

TEST_F(RelationExtractorTest, APlaceInBracketsBelongsToALegalName)
{
    const auto r = relationsOf(QStringLiteral("天衡科技公告，公司以自有资金1亿元设立全资子公司天衡智能装备（苏州）有限公司。"));
    EXPECT_NE(r.named(QStringLiteral("天衡智能装备(苏州)有限公司")), nullptr);
    EXPECT_EQ(r.named(QStringLiteral("天衡智能")), nullptr);
}

TEST_F(RelationExtractorTest, ANameWordOpeningOnAStopCharacterStaysInTheName)
{
    EXPECT_NE(relationsOf(QStringLiteral("原告苏州锐达自动化有限公司起诉天衡科技。")).named(QStringLiteral("苏州锐达自动化有限公司")),
              nullptr);
    // After a stop character it describes: 一家自动化公司 names no company.
    EXPECT_EQ(relationsOf(QStringLiteral("他加入了一家自动化公司。")).named(QStringLiteral("自动化公司")), nullptr);
}

TEST_F(RelationExtractorTest, NamesAfterJiangAreWhomTheSuitIsAgainst)
{
    const auto r = relationsOf(QStringLiteral(
        "原告苏州锐达自动化有限公司（下称“锐达自动化”）以侵害技术秘密纠纷为由，将天衡科技及天衡科技员工孔令川诉至法院。"));
    EXPECT_EQ(r.suitsOf(RelationType::PlaintiffIn, QStringLiteral("苏州锐达自动化有限公司")), 1);
    EXPECT_EQ(r.suitsOf(RelationType::DefendantIn, QStringLiteral("天衡科技")), 1);
    EXPECT_EQ(r.suitsOf(RelationType::DefendantIn, QStringLiteral("孔令川")), 1);
    EXPECT_EQ(r.suitsOf(RelationType::PlaintiffIn, QStringLiteral("孔令川")), 0);
}

TEST_F(RelationExtractorTest, APostsFieldBeforeItsTitleIsPartOfThePost)
{
    const auto r = relationsOf(QStringLiteral("孔令川曾任腾讯研发经理。"));
    EXPECT_EQ(r.roles(RelationType::WorksAt, QStringLiteral("孔令川"), QStringLiteral("Tencent")),
              QStringList{QStringLiteral("研发经理")});
}

TEST_F(RelationExtractorTest, ADepartmentHeadWorksAtTheCompany)
{
    EXPECT_TRUE(relationsOf(QStringLiteral("蒋慕白曾任海思芯片设计部部长。"))
                    .has(RelationType::WorksAt, QStringLiteral("蒋慕白"), QStringLiteral("HiSilicon")));
}

TEST_F(RelationExtractorTest, AnAgeAfterANameMakesAPerson)
{
    EXPECT_NE(relationsOf(QStringLiteral("资料显示，蒋慕白现年48岁。")).named(QStringLiteral("蒋慕白")), nullptr);
}

TEST_F(RelationExtractorTest, TheOrganisationLeftIsNoSubjectOfTheNextVerb)
{
    const auto r = relationsOf(QStringLiteral("蒋慕白现年48岁，2020年离开海思后加入澜芯股份。"));
    EXPECT_TRUE(r.has(RelationType::Joined, QStringLiteral("蒋慕白"), QStringLiteral("澜芯股份")));
}

TEST_F(RelationExtractorTest, AKnownCompanyBeforeAModelCodeStaysItsMaker)
{
    const auto r = relationsOf(QStringLiteral("公司的训练集群主要基于英伟达H20芯片搭建。"));
    EXPECT_TRUE(r.has(RelationType::Develops, QStringLiteral("Nvidia"), QStringLiteral("H20")));
}

TEST_F(RelationExtractorTest, ANameEndingInZhiBeforeAPostOrACopulaIsWhole)
{
    EXPECT_NE(relationsOf(QStringLiteral("顾衍之曾任小米集团副总裁。")).named(QStringLiteral("顾衍之")), nullptr);
    EXPECT_NE(relationsOf(QStringLiteral("联合创始人兼首席科学家贾牧之是前商汤科技研究总监。")).named(QStringLiteral("贾牧之")),
              nullptr);
}

TEST_F(RelationExtractorTest, TakingUpAPostOnADayIsJoining)
{
    const auto r = relationsOf(QStringLiteral(
        "驊芯科技昨日召開董事會。執行長一職則由前聯發科副總經理賴彥廷接掌，他將於9月1日正式到任。"), QDate(2025, 8, 14));
    EXPECT_EQ(r.times(RelationType::Joined, QStringLiteral("賴彥廷"), QStringLiteral("驊芯科技")),
              QStringList{QStringLiteral("2025-09-01")});
    EXPECT_TRUE(r.has(RelationType::WorksAt, QStringLiteral("賴彥廷"), QStringLiteral("驊芯科技")));
    // Before someone arrives, no one has.
    const auto before = relationsOf(QStringLiteral("星河科技公告，在新任首席财务官到任前，由财务副总监沈佳代为履行职责。"));
    EXPECT_FALSE(before.has(RelationType::Joined, QStringLiteral("沈佳"), QStringLiteral("星河科技")));
}

TEST_F(RelationExtractorTest, APlacingSubscribedByAnInvestorAfterYouIsItsInvestment)
{
    const auto r = relationsOf(QStringLiteral(
        "驊芯科技昨日召開董事會。同一場董事會也通過私募增資案，由鴻海以新台幣32億元認購。"), QDate(2025, 8, 14));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("Foxconn"), QStringLiteral("驊芯科技")));
}

TEST_F(RelationExtractorTest, ACompanysReinvestmentIsItsInvestment)
{
    const auto r = relationsOf(QStringLiteral("驊芯科技的主要對手為世芯-KY，以及台積電轉投資的創意電子。"));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("TSMC"), QStringLiteral("Global Unichip")));
    EXPECT_TRUE(r.has(RelationType::CompetitorOf, QStringLiteral("驊芯科技"), QStringLiteral("Alchip Technologies")));
}

TEST_F(RelationExtractorTest, AFormerSeniorPostOpensNoCompanysName)
{
    const auto r = relationsOf(QStringLiteral("驊芯科技另宣布，原資深副總經理周孟勳同步升任營運長。"));
    EXPECT_EQ(r.named(QStringLiteral("原資深")), nullptr);
    EXPECT_TRUE(r.has(RelationType::WorksAt, QStringLiteral("周孟勳"), QStringLiteral("驊芯科技")));
}

TEST_F(RelationExtractorTest, AClauseBeforeAKnownCompanyAndASuffixIsNoName)
{
    const auto r = relationsOf(QStringLiteral("志豪科技於2011年創立，客戶涵蓋輝達AI伺服器供應鏈。"));
    EXPECT_EQ(r.named(QStringLiteral("客戶涵蓋輝達AI")), nullptr);
}

TEST_F(RelationExtractorTest, TwoRareSyllablesAfterACompanysDescriptionAreABrand)
{
    const auto r = relationsOf(QStringLiteral("本周二，分布式数据库公司栈桥宣布完成1亿元A轮融资。今年1月，衡麓创投领投了AI芯片公司曦禾3亿元B轮融资。"));
    EXPECT_NE(r.named(QStringLiteral("栈桥")), nullptr);
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("衡麓创投"), QStringLiteral("曦禾")));
    // An everyday word after 公司 is none: 这家公司今年宣布.
    EXPECT_EQ(relationsOf(QStringLiteral("这家公司今年宣布融资。")).named(QStringLiteral("今年")), nullptr);
}

TEST_F(RelationExtractorTest, PuttingUpMoneyIsInvesting)
{
    const auto r = relationsOf(QStringLiteral("2021年，衡麓创投完成二期基金募集，腾讯出资5亿元。"));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("Tencent"), QStringLiteral("衡麓创投")));
}

TEST_F(RelationExtractorTest, AnInvestorsOwnShareOfARoundIsNoSecondInvestment)
{
    const auto r = relationsOf(QStringLiteral(
        "澜芯半导体宣布完成15亿元B+轮融资。本轮由国开科创领投，北极星资本、云杉投资跟投。其中北极星资本出资3亿元，是本轮第二大投资方。"));
    EXPECT_EQ(r.count(RelationType::InvestedIn, QStringLiteral("北极星资本"), QStringLiteral("澜芯半导体")), 1);
}

TEST_F(RelationExtractorTest, PoachedByACompanyJoinsIt)
{
    const auto r = relationsOf(QStringLiteral("早在三年前，衡麓创投执行董事温朔就被高瓴创投挖角。"));
    EXPECT_TRUE(r.has(RelationType::Joined, QStringLiteral("温朔"), QStringLiteral("Hillhouse")));
}

TEST_F(RelationExtractorTest, JoiningACompanyUnderItsOwnerJoinsTheCompany)
{
    const auto r = relationsOf(QStringLiteral("上月，曦禾科技CTO岑溪离开了效力四年的曦禾科技，加入华为旗下海思半导体。"));
    EXPECT_TRUE(r.has(RelationType::Joined, QStringLiteral("岑溪"), QStringLiteral("HiSilicon")));
    EXPECT_FALSE(r.has(RelationType::Joined, QStringLiteral("岑溪"), QStringLiteral("曦禾科技")));
}

TEST_F(RelationExtractorTest, AMonthAfterANumberOpensNoFundsName)
{
    const auto r = relationsOf(QStringLiteral("今年2月溪山资本首期基金完成募集，衡麓创投作为LP出资2亿元。"));
    for (const QString &junk : {QStringLiteral("月溪山资本首期基金")})
        EXPECT_EQ(r.named(junk), nullptr);
}

TEST_F(RelationExtractorTest, ABrandFoundedAfterALatinDescriptionIsACompany)
{
    const auto r = relationsOf(QStringLiteral("离职后，周斌与前百度技术负责人祁砚秋联手创办了AI Agent公司澄言，由周斌出任CEO。"));
    EXPECT_TRUE(r.has(RelationType::Founded, QStringLiteral("周斌"), QStringLiteral("澄言")));
    EXPECT_TRUE(r.has(RelationType::Founded, QStringLiteral("祁砚秋"), QStringLiteral("澄言")));
}

TEST_F(RelationExtractorTest, CoInvestorsNamedLastAreNotWhatTheyInvestIn)
{
    const auto r = relationsOf(QStringLiteral(
        "瀚芯科技今年8月完成人民币8亿元B轮融资。本轮由深创投领投，元禾璞华及小米长江产业基金跟投。"));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("Oriza Hua"), QStringLiteral("瀚芯科技")));
    EXPECT_FALSE(r.has(RelationType::InvestedIn, QStringLiteral("Oriza Hua"), QStringLiteral("Xiaomi Changjiang Industry Fund")));
    // One name alone that only thought of it invests in nothing.
    const auto alone = relationsOf(QStringLiteral("澈言智能完成天使轮融资。有接近美团的人士称，美团内部曾讨论过是否跟投，但最终没有参与。"));
    EXPECT_FALSE(alone.has(RelationType::InvestedIn, QStringLiteral("Meituan"), QStringLiteral("澈言智能")));
}

TEST_F(RelationExtractorTest, IntegratedCircuitsEndACompanysName)
{
    EXPECT_NE(relationsOf(QStringLiteral("耀晶科技將上海瀚芯集成電路列為共同被告。")).named(QStringLiteral("上海瀚芯集成電路")), nullptr);
}

TEST_F(RelationExtractorTest, ACompanyDescribedRightBeforeItsNameIsNoCompanyOfItsOwn)
{
    const auto r = relationsOf(QStringLiteral(
        "【AI眼镜公司雾镜获小米独家投资】财联社9月24日电，AI眼镜初创公司雾镜完成数千万元天使轮融资，由小米独家投资。"));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("Xiaomi"), QStringLiteral("雾镜")));
    EXPECT_EQ(r.named(QStringLiteral("眼镜公司")), nullptr);
}

TEST_F(RelationExtractorTest, AnOutletsDatelineMakesItNoParty)
{
    const auto r = relationsOf(QStringLiteral(
        "【海淀法院一审驳回云栈科技诉前员工案】财联社9月24日电，北京市海淀区人民法院今日对北京云栈科技有限公司（下称“云栈科技”）"
        "诉前员工章霈侵害商业秘密纠纷案作出一审判决，驳回原告全部诉讼请求。"));
    EXPECT_EQ(r.suitsOf(RelationType::DefendantIn, QStringLiteral("Cailianshe")), 0);
    EXPECT_EQ(r.suitsOf(RelationType::PlaintiffIn, QStringLiteral("Cailianshe")), 0);
}

TEST_F(RelationExtractorTest, YuBeforeAPlaceIsAPrepositionNoSurname)
{
    const auto r = relationsOf(QStringLiteral("澄明科技控股公司同时宣布，于深圳前海成立全资附属公司。"));
    EXPECT_EQ(r.named(QStringLiteral("于深圳")), nullptr);
    // A surname of no preposition before a place's name is still a name.
    EXPECT_NE(relationsOf(QStringLiteral("星澜科技创始人严启东表示，公司将继续招聘。")).named(QStringLiteral("严启东")), nullptr);
}

TEST_F(RelationExtractorTest, OneTakesUpAPostElsewhereThanTheFormerEmployer)
{
    const auto r = relationsOf(QStringLiteral(
        "澄明科技控股公司昨日公布董事会变动。行政总裁一职，由前商汤科技执行董事区浩霖接掌，他将于10月2日正式履新。"),
        QDate(2025, 9, 23));
    EXPECT_FALSE(r.has(RelationType::Joined, QStringLiteral("区浩霖"), QStringLiteral("SenseTime")));
    EXPECT_EQ(r.times(RelationType::Joined, QStringLiteral("区浩霖"), QStringLiteral("澄明科技")),
              QStringList{QStringLiteral("2025-10-02")});
}

TEST_F(RelationExtractorTest, APersonAnnouncedAsJoiningJoinsTheAnnouncer)
{
    const auto r = relationsOf(QStringLiteral("2026年6月12日，腾讯官宣符昭加盟，由其挂帅混元大模型预训练团队。"), QDate(2026, 11, 18));
    EXPECT_EQ(r.times(RelationType::Joined, QStringLiteral("符昭"), QStringLiteral("Tencent")),
              QStringList{QStringLiteral("2026-06-12")});
    EXPECT_TRUE(relationsOf(QStringLiteral("小米公司宣布王强离职。")).has(RelationType::Left, QStringLiteral("王强"), QStringLiteral("Xiaomi")));
    // An announcement of something else names no one.
    EXPECT_EQ(relationsOf(QStringLiteral("公司宣布成立新部门。")).named(QStringLiteral("成立新")), nullptr);
}

TEST_F(RelationExtractorTest, AnOrganisationSettingUpAnotherFoundsItAndOwnsIt)
{
    const auto r = relationsOf(QStringLiteral("云岫科技在新加坡设立了全资子公司岫光智能。"));
    EXPECT_TRUE(r.has(RelationType::Founded, QStringLiteral("云岫科技"), QStringLiteral("岫光智能")));
    EXPECT_TRUE(r.has(RelationType::SubsidiaryOf, QStringLiteral("岫光智能"), QStringLiteral("云岫科技")));
}

TEST_F(RelationExtractorTest, AVentureSetUpByTwoFoundersIsNeithersSubsidiary)
{
    const auto r = relationsOf(QStringLiteral("澜舟存储由星港产业投资集团与海川国资集团共同出资设立。"));
    EXPECT_TRUE(r.has(RelationType::Founded, QStringLiteral("星港产业投资集团"), QStringLiteral("澜舟存储")));
    EXPECT_TRUE(r.has(RelationType::Founded, QStringLiteral("海川国资集团"), QStringLiteral("澜舟存储")));
    EXPECT_EQ(r.find(RelationType::SubsidiaryOf, QStringLiteral("澜舟存储"), QStringLiteral("海川国资集团")), nullptr);
    EXPECT_EQ(r.find(RelationType::InvestedIn, QStringLiteral("海川国资集团"), QStringLiteral("澜舟存储")), nullptr);
}

TEST_F(RelationExtractorTest, TheCompanionOfAFoundingIsTheOneItsOwnerDescribes)
{
    const auto r = relationsOf(QStringLiteral("东澜数科公告，公司与腾讯旗下的腾讯云共同出资设立了合资公司澜云智算。"));
    EXPECT_TRUE(r.has(RelationType::Founded, QStringLiteral("东澜数科"), QStringLiteral("澜云智算")));
    EXPECT_TRUE(r.has(RelationType::Founded, QStringLiteral("Tencent Cloud"), QStringLiteral("澜云智算")));
    EXPECT_EQ(r.find(RelationType::Founded, QStringLiteral("Tencent"), QStringLiteral("澜云智算")), nullptr);
}

TEST_F(RelationExtractorTest, ARegisteredNameOfAKnownCompanyIsThatCompany)
{
    const auto named = [](const QString &text, const QString &legal) {
        const Relations r = relationsOf(text);
        const Entity *e = r.named(legal);
        return e ? e->name : QString();
    };
    EXPECT_EQ(named(QStringLiteral("北京字节跳动网络技术有限公司起诉了这名实习生。"), QStringLiteral("北京字节跳动网络技术有限公司")),
              QStringLiteral("ByteDance"));
    EXPECT_EQ(named(QStringLiteral("阿里云计算有限公司发布公告。"), QStringLiteral("阿里云计算有限公司")),
              QStringLiteral("Alibaba Cloud"));
    EXPECT_EQ(named(QStringLiteral("深圳市腾讯计算机系统有限公司发布公告。"), QStringLiteral("深圳市腾讯计算机系统有限公司")),
              QStringLiteral("Tencent"));
    // A business of its own after the known name is another company.
    EXPECT_NE(named(QStringLiteral("小米影业科技有限公司发布公告。"), QStringLiteral("小米影业科技有限公司")), QStringLiteral("Xiaomi"));
}

TEST_F(RelationExtractorTest, AVerbBeforeACourtTakesItAsObject)
{
    const auto r = relationsOf(QStringLiteral("云岫科技发言人表示，公司尊重法院判决。"));
    EXPECT_EQ(r.named(QStringLiteral("尊重法院")), nullptr);
}

TEST_F(RelationExtractorTest, SurnamesListedWithACountStandForThePeopleNamedBefore)
{
    const auto r = relationsOf(QStringLiteral(
        "前经理蒋立衡与前工程师沈书瑶、闵嘉树离职。新川地检署起诉蒋、沈、闵3人，并一并起诉岚拓科技。"));
    for (const QString &name : {QStringLiteral("蒋立衡"), QStringLiteral("沈书瑶"), QStringLiteral("闵嘉树"), QStringLiteral("岚拓科技")})
        EXPECT_EQ(r.suitsOf(RelationType::DefendantIn, name), 1) << qPrintable(name);
    EXPECT_EQ(r.suitsOf(RelationType::PlaintiffIn, QStringLiteral("新川地检署")), 1);
    // A surname no one named before bears names no one.
    EXPECT_EQ(relationsOf(QStringLiteral("新川地检署起诉蒋、沈两人。")).named(QStringLiteral("蒋")), nullptr);
}

TEST_F(RelationExtractorTest, ACountOfPeopleEndsATwoCharacterName)
{
    const auto r = relationsOf(QStringLiteral("王浩、李明两人随后离职。"));
    EXPECT_NE(r.named(QStringLiteral("李明")), nullptr);
    EXPECT_EQ(r.named(QStringLiteral("李明两")), nullptr);
}

TEST_F(RelationExtractorTest, TwoDottedLegalFormsEndOneName)
{
    const auto r = relationsOf(QStringLiteral("云岫科技今年6月在新加坡设立了全资子公司Yunxiu AI Pte. Ltd.，负责海外销售。"));
    EXPECT_TRUE(r.has(RelationType::Founded, QStringLiteral("云岫科技"), QStringLiteral("Yunxiu AI Pte. Ltd.")));
    EXPECT_EQ(r.named(QStringLiteral("Pte")), nullptr);
}

TEST_F(RelationExtractorTest, AnOutletsTagBeforeAHeadlineIsNoSubject)
{
    const auto r = relationsOf(QStringLiteral("36氪独家丨前字节研究员创办的AI公司「岫光智能」完成A轮融资"));
    EXPECT_EQ(r.find(RelationType::Founded, QStringLiteral("36Kr"), QStringLiteral("岫光智能")), nullptr);
}

TEST_F(RelationExtractorTest, TheNameBeforeAStockCodeIsAListedCompanyAndTheCodeNoProduct)
{
    const auto r = relationsOf(QStringLiteral("岚澄电子（002951.SZ）公告，公司以自有资金1.5亿元参与云岫科技B+轮融资。"));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("岚澄电子"), QStringLiteral("云岫科技")));
    EXPECT_EQ(r.named(QStringLiteral("002951.SZ")), nullptr);
    // A product's code of two letters and digits stays a product.
    EXPECT_NE(relationsOf(QStringLiteral("该芯片与岚澄电子主力产品SR6100正面竞争。")).named(QStringLiteral("SR6100")), nullptr);
}

TEST_F(RelationExtractorTest, TakingPartIsInvestingOnlyInARound)
{
    EXPECT_EQ(relationsOf(QStringLiteral("岚澄电子参与了行业标准的讨论。")).named(QStringLiteral("行业标准")), nullptr);
    const auto r = relationsOf(QStringLiteral("据了解，岚澄电子也曾参与本轮竞价，但最终并未入股云岫科技。"));
    EXPECT_FALSE(r.has(RelationType::InvestedIn, QStringLiteral("岚澄电子"), QStringLiteral("云岫科技")));
}

TEST_F(RelationExtractorTest, AnAppointeeBoundedByWeiIsAPersonThoughItsEndMakesAKnownName)
{
    const auto r = relationsOf(QStringLiteral("云岫科技公告，董事会同意聘任吕文华为公司财务总监。"));
    EXPECT_TRUE(r.has(RelationType::WorksAt, QStringLiteral("吕文华"), QStringLiteral("云岫科技")));
    EXPECT_EQ(r.named(QStringLiteral("Huawei")), nullptr);
}

TEST_F(RelationExtractorTest, ADigestItemsTitlesAreItsCompanys)
{
    const auto r = relationsOf(QStringLiteral(
        "【公告精选】云岫科技完成融资；岚澄电子人事变动\n"
        "云岫科技（688256.SH）公告，公司董事长沈一鸣表示，将尽快完成董事补选。\n"
        "岚澄电子（002951.SZ）公告，原财务总监赵嘉泽因工作调整不再担任该职务，转任公司副总经理。"));
    EXPECT_TRUE(r.has(RelationType::Left, QStringLiteral("赵嘉泽"), QStringLiteral("岚澄电子")));
    EXPECT_FALSE(r.has(RelationType::Left, QStringLiteral("赵嘉泽"), QStringLiteral("云岫科技")));
    EXPECT_FALSE(r.has(RelationType::WorksAt, QStringLiteral("赵嘉泽"), QStringLiteral("云岫科技")));
}

TEST_F(RelationExtractorTest, AReportVerbAfterAHeadIsReadBeforeALongerWord)
{
    EXPECT_NE(relationsOf(QStringLiteral("云岫电子公告，公司董事长沈一鸣辞职。")).named(QStringLiteral("云岫电子")), nullptr);
    EXPECT_NE(relationsOf(QStringLiteral("岚澄电子表示，将继续招聘。")).named(QStringLiteral("岚澄电子")), nullptr);
}

TEST_F(RelationExtractorTest, AnInvestorAddingToItsInvestmentAtATimeOfItsOwnInvestsAgain)
{
    const auto r = relationsOf(QStringLiteral(
        "云岫科技成立于2021年。云岫科技的最大金主一直是岚澄电子：岚澄电子2023年9月宣布首期投资12.5亿美元，次年3月追加27.5亿美元，"
        "去年11月再投40亿美元。"), QDate(2025, 9, 8));
    EXPECT_EQ(r.times(RelationType::InvestedIn, QStringLiteral("岚澄电子"), QStringLiteral("云岫科技")),
              (QStringList{QStringLiteral("2023-09"), QStringLiteral("2024-03"), QStringLiteral("2024-11")}));
    // 追加 naming what it adds, no money, is no investment.
    EXPECT_EQ(relationsOf(QStringLiteral("岚澄电子投资了云岫科技，随后追加预算。")).count(
                  RelationType::InvestedIn, QStringLiteral("岚澄电子"), QStringLiteral("云岫科技")), 1);
}

TEST_F(RelationExtractorTest, APrepositionsCharacterInsideAWordLeavesTheNameAfterItTheSubject)
{
    const auto r = relationsOf(QStringLiteral("OpenAI超级对齐团队研究员扬·莱克辞职，不到两周便加盟Anthropic。"));
    EXPECT_TRUE(r.has(RelationType::Joined, QStringLiteral("扬·莱克"), QStringLiteral("Anthropic")));
}

TEST_F(RelationExtractorTest, OneOfAQuotedTeamsLeadsHoldsThePost)
{
    const auto r = relationsOf(QStringLiteral("去年5月，OpenAI“超级对齐”团队负责人之一扬·莱克辞职，不到两周便加盟Anthropic。"),
                               QDate(2025, 9, 8));
    EXPECT_TRUE(r.has(RelationType::WorksAt, QStringLiteral("扬·莱克"), QStringLiteral("OpenAI")));
    EXPECT_EQ(r.times(RelationType::Left, QStringLiteral("扬·莱克"), QStringLiteral("OpenAI")), QStringList{QStringLiteral("2024-05")});
    EXPECT_TRUE(r.has(RelationType::Joined, QStringLiteral("扬·莱克"), QStringLiteral("Anthropic")));
}

TEST_F(RelationExtractorTest, TheTitledPeopleListedAfterYuFoundWithTheSubject)
{
    const auto r = relationsOf(QStringLiteral(
        "星澜科技联合创始人周启明去年5月离开星澜科技，次月便与苹果前AI负责人丹尼尔·格罗夫（Daniel Grove）、"
        "OpenAI前研究员丹尼尔·莱维特共同创办云岫智能。"), QDate(2025, 7, 16));
    for (const QString &founder : {QStringLiteral("周启明"), QStringLiteral("丹尼尔·格罗夫"), QStringLiteral("丹尼尔·莱维特")})
        EXPECT_TRUE(r.has(RelationType::Founded, founder, QStringLiteral("云岫智能"))) << qPrintable(founder);
    EXPECT_FALSE(r.has(RelationType::Founded, QStringLiteral("Apple"), QStringLiteral("云岫智能")));
}

TEST_F(RelationExtractorTest, TheLastPartOfATransliteratedNameIsThatPerson)
{
    const auto r = relationsOf(QStringLiteral("苹果前AI负责人丹尼尔·格罗夫加入云岫智能。格罗夫今年6月离开云岫智能。"), QDate(2025, 7, 16));
    EXPECT_EQ(r.times(RelationType::Left, QStringLiteral("丹尼尔·格罗夫"), QStringLiteral("云岫智能")),
              QStringList{QStringLiteral("2025-06")});
    // A known person's too (the lexicon's 丹尼尔·格罗斯).
    const auto known = relationsOf(QStringLiteral("丹尼尔·格罗斯加入云岫智能。格罗斯今年6月离开云岫智能。"), QDate(2025, 7, 16));
    EXPECT_TRUE(known.has(RelationType::Left, QStringLiteral("Daniel Gross"), QStringLiteral("云岫智能")));
    EXPECT_EQ(known.named(QStringLiteral("格罗斯"))->name, QStringLiteral("Daniel Gross"));
}

TEST_F(RelationExtractorTest, InvestorsAmongAListBeforeTheNounInvestInTheRound)
{
    const auto r = relationsOf(QStringLiteral(
        "云岫智能去年9月募得10亿美元，红杉资本、DST Global和SV Angel均在投资方之列；"
        "今年4月又以320亿美元估值融资20亿美元，Greenoaks领投，英伟达参投。"), QDate(2025, 7, 16));
    EXPECT_EQ(r.times(RelationType::InvestedIn, QStringLiteral("SV Angel"), QStringLiteral("云岫智能")),
              QStringList{QStringLiteral("2024-09")});
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("Sequoia Capital"), QStringLiteral("云岫智能")));
    // The round told again (又) is the same company's, not its investor's.
    EXPECT_EQ(r.times(RelationType::InvestedIn, QStringLiteral("Greenoaks"), QStringLiteral("云岫智能")),
              QStringList{QStringLiteral("2025-04")});
    EXPECT_EQ(r.find(RelationType::InvestedIn, QStringLiteral("Greenoaks"), QStringLiteral("SV Angel")), nullptr);
}

TEST_F(RelationExtractorTest, AListThatIsACompanysShareholdersInvestsInIt)
{
    const auto r = relationsOf(QStringLiteral("阿里巴巴、腾讯和米哈游均是云岫智能的股东。"));
    for (const QString &investor : {QStringLiteral("Alibaba"), QStringLiteral("Tencent"), QStringLiteral("miHoYo")})
        EXPECT_TRUE(r.has(RelationType::InvestedIn, investor, QStringLiteral("云岫智能"))) << qPrintable(investor);
}

TEST_F(RelationExtractorTest, HavingFormerlyBeenAtACompanyIsWorkingThere)
{
    EXPECT_TRUE(relationsOf(QStringLiteral("现年36岁的沈书瑶早年曾在特斯拉参与Model X的研发，2018年加盟OpenAI。"))
                    .has(RelationType::WorksAt, QStringLiteral("沈书瑶"), QStringLiteral("Tesla")));
    // 曾在X上表示: a platform one spoke on.
    EXPECT_EQ(relationsOf(QStringLiteral("马斯克曾在X上表示，公司将继续招聘。")).find(RelationType::WorksAt,
                                                                                    QStringLiteral("Elon Musk"), QStringLiteral("X Corp")),
              nullptr);
}

TEST_F(RelationExtractorTest, AReturnIsAMoveSoTheOrganisationAfterItIsNoSubject)
{
    const auto r = relationsOf(QStringLiteral(
        "OpenAI创始成员沈书瑶备受关注。她2017年离开OpenAI，转投特斯拉出任人工智能总监；2022年7月离开特斯拉后，次年2月重返OpenAI，"
        "去年7月创办了AI教育公司云岫智能。"), QDate(2025, 7, 16));
    EXPECT_EQ(r.times(RelationType::Left, QStringLiteral("沈书瑶"), QStringLiteral("Tesla")), QStringList{QStringLiteral("2022-07")});
    EXPECT_TRUE(r.times(RelationType::Joined, QStringLiteral("沈书瑶"), QStringLiteral("OpenAI")).contains(QStringLiteral("2023-02")));
    EXPECT_EQ(r.times(RelationType::Founded, QStringLiteral("沈书瑶"), QStringLiteral("云岫智能")), QStringList{QStringLiteral("2024-07")});
    EXPECT_EQ(r.find(RelationType::Founded, QStringLiteral("OpenAI"), QStringLiteral("云岫智能")), nullptr);
}

TEST_F(RelationExtractorTest, AFrontedClauseTakesTheSubjectPastATimeOnlyClause)
{
    const auto r = relationsOf(QStringLiteral("沈书瑶是云岫智能的创始人。继退出星澜科技董事会席位后,上周,岚澄电子又正式将星澜科技列为竞争对手。"));
    EXPECT_TRUE(r.has(RelationType::Left, QStringLiteral("岚澄电子"), QStringLiteral("星澜科技")));
    EXPECT_FALSE(r.has(RelationType::Left, QStringLiteral("沈书瑶"), QStringLiteral("星澜科技")));
}

TEST_F(RelationExtractorTest, ANewlySetUpUnitDescribedHasNoFounderCarriedOver)
{
    const auto r = relationsOf(QStringLiteral("2016年1月，沈书瑶宣布回归，回归后负责云岫智能市场部及新成立的子公司云岫影业。"));
    EXPECT_FALSE(r.has(RelationType::Founded, QStringLiteral("沈书瑶"), QStringLiteral("云岫影业")));
}

TEST_F(RelationExtractorTest, ALatinNameWithoutItsLastWordIsTheOrganisationNamedInFull)
{
    const auto r = relationsOf(QStringLiteral("Corvane AI联合创始人沈书瑶投奔微软。九个月前，Corvane还刚完成融资。"));
    EXPECT_EQ(r.named(QStringLiteral("Corvane"))->name, QStringLiteral("Corvane AI"));
}

TEST_F(RelationExtractorTest, ThoseTheMoneyCameFromInvested)
{
    const auto r = relationsOf(QStringLiteral("Inflection AI还刚从微软、英伟达等处融到13亿美元。"));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("Microsoft"), QStringLiteral("Inflection AI")));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("Nvidia"), QStringLiteral("Inflection AI")));
}

TEST_F(RelationExtractorTest, AKnownProductIsNoNearbyCompanysButItsKnownMakers)
{
    const auto r = relationsOf(QStringLiteral("云岫智能旗下聊天机器人岫语一度被视为ChatGPT的有力挑战者。"));
    EXPECT_EQ(r.find(RelationType::Develops, QStringLiteral("云岫智能"), QStringLiteral("ChatGPT")), nullptr);
    // A unit sharing the product's brand may be its maker.
    EXPECT_TRUE(relationsOf(QStringLiteral("阿里巴巴旗下的通义实验室去年发布了通义万相。"))
                    .has(RelationType::Develops, QStringLiteral("通义实验室"), QStringLiteral("通义万相")));
}

TEST_F(RelationExtractorTest, ThoseListedFromBaToListedAsDefendantsAreTheDefendants)
{
    const auto r = relationsOf(QStringLiteral(
        "本周二，母亲Megan Garcia在法院提起诉讼，把云岫智能、它的两位创始人沈书瑶和闵嘉树，连同谷歌及其母公司Alphabet，统统列为被告。"));
    for (const QString &name : {QStringLiteral("云岫智能"), QStringLiteral("沈书瑶"), QStringLiteral("闵嘉树"), QStringLiteral("Google"),
                                QStringLiteral("Alphabet")})
        EXPECT_EQ(r.suitsOf(RelationType::DefendantIn, name), 1) << qPrintable(name);
    EXPECT_EQ(r.suitsOf(RelationType::PlaintiffIn, QStringLiteral("Megan Garcia")), 1);
}

TEST_F(RelationExtractorTest, FoundersListedAfterTheTitleFoundedIt)
{
    const auto r = relationsOf(QStringLiteral("云岫智能的两位创始人沈书瑶和闵嘉树此前都在谷歌工作。"));
    EXPECT_TRUE(r.has(RelationType::Founded, QStringLiteral("沈书瑶"), QStringLiteral("云岫智能")));
    EXPECT_TRUE(r.has(RelationType::Founded, QStringLiteral("闵嘉树"), QStringLiteral("云岫智能")));
    // 与 joins a companion, not a founder.
    EXPECT_FALSE(relationsOf(QStringLiteral("云岫智能成立于2024年，创始人兼CEO闫楚与贺知衡是多年好友。"))
                     .has(RelationType::Founded, QStringLiteral("贺知衡"), QStringLiteral("云岫智能")));
}

TEST_F(RelationExtractorTest, ATaiwaneseSuitVerbAndItsWithdrawal)
{
    const auto r = relationsOf(QStringLiteral("岚澄电子上月已先行在同一法院對沈書瑤提告，指她離職前下載了機密。"));
    EXPECT_EQ(r.suitsOf(RelationType::PlaintiffIn, QStringLiteral("岚澄电子")), 1);
    EXPECT_EQ(r.suitsOf(RelationType::DefendantIn, QStringLiteral("沈書瑤")), 1);
}

TEST_F(RelationExtractorTest, TheOrganisationANounAndDeDescribeInvestsInIt)
{
    EXPECT_TRUE(relationsOf(QStringLiteral("身為云岫智能最大金主的微軟，至今已累計投資約130億美元。"))
                    .has(RelationType::InvestedIn, QStringLiteral("Microsoft"), QStringLiteral("云岫智能")));
}

TEST_F(RelationExtractorTest, ACommaInsideABracketedNoteSplitsNoClause)
{
    const auto r = relationsOf(QStringLiteral("2015年，馬斯克與山姆·奧特曼（Sam Altman，又譯阿特曼）等人共同創辦OpenAI。"));
    EXPECT_TRUE(r.has(RelationType::Founded, QStringLiteral("Sam Altman"), QStringLiteral("OpenAI")));
}

TEST_F(RelationExtractorTest, AnAmendedSuitAddsItsNewPartiesAndARefiledOneKeepsTheOld)
{
    const auto r = relationsOf(QStringLiteral(
        "去年2月底，马斯克在加州高等法院控告云岫智能与奥特曼，4个月后撤告；同年8月又转往北加州联邦地方法院重新起诉，"
        "11月更把微软、曾任云岫智能董事的LinkedIn共同创办人里德·霍夫曼等人列为被告，岚澄电子也加入原告行列。"), QDate(2025, 9, 27));
    EXPECT_EQ(r.suitsOf(RelationType::DefendantIn, QStringLiteral("云岫智能")), 2);
    EXPECT_EQ(r.suitsOf(RelationType::DefendantIn, QStringLiteral("Microsoft")), 1);
    EXPECT_EQ(r.suitsOf(RelationType::DefendantIn, QStringLiteral("Reid Hoffman")), 1);
    EXPECT_EQ(r.suitsOf(RelationType::DefendantIn, QStringLiteral("LinkedIn")), 0);
    EXPECT_EQ(r.suitsOf(RelationType::PlaintiffIn, QStringLiteral("岚澄电子")), 1);
    EXPECT_TRUE(r.has(RelationType::WorksAt, QStringLiteral("Reid Hoffman"), QStringLiteral("云岫智能")));
    EXPECT_FALSE(r.has(RelationType::WorksAt, QStringLiteral("Elon Musk"), QStringLiteral("云岫智能")));
}

TEST_F(RelationExtractorTest, AnIdiomRepeatingItsFirstCharacterIsNoName)
{
    EXPECT_EQ(relationsOf(QStringLiteral("马斯克2018年退出董事会后与公司渐行渐远。")).named(QStringLiteral("渐行渐远")), nullptr);
}

TEST_F(RelationExtractorTest, ANameWordOpeningOnAStopCharacterKeepsTheName)
{
    const auto r = relationsOf(QStringLiteral("日前，具身智能公司自变量机器人宣布完成近10亿元人民币A+轮融资，由红杉中国领投。"));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("HongShan"), QStringLiteral("自变量机器人")));
    EXPECT_EQ(r.named(QStringLiteral("变量机器人")), nullptr);
}

TEST_F(RelationExtractorTest, ACountryBeforeALatinDescriptionIsNoParty)
{
    const auto r = relationsOf(QStringLiteral("迪士尼起诉中国AI公司MiniMax。"));
    EXPECT_EQ(r.suitsOf(RelationType::DefendantIn, QStringLiteral("MiniMax")), 1);
    EXPECT_EQ(r.suitsOf(RelationType::DefendantIn, QStringLiteral("China")), 0);
}

TEST_F(RelationExtractorTest, ThePersonTitledAfterDuiIsWhomTheSuitIsAgainst)
{
    const auto r = relationsOf(QStringLiteral("台積電前天宣布，已向智慧財產及商業法院對前資深副總經理羅唯仁提起訴訟。"));
    EXPECT_EQ(r.suitsOf(RelationType::PlaintiffIn, QStringLiteral("TSMC")), 1);
    EXPECT_EQ(r.suitsOf(RelationType::DefendantIn, QStringLiteral("羅唯仁")), 1);
}

TEST_F(RelationExtractorTest, TitlesJoinedByJiAreTheOrganisationsBeforeThem)
{
    const auto r = relationsOf(QStringLiteral("英特爾今年3月換帥。台積電董事長暨總裁魏哲家表示，公司將擴大投資。"));
    EXPECT_EQ(r.roles(RelationType::WorksAt, QStringLiteral("C.C. Wei"), QStringLiteral("TSMC")).size(), 2);
    EXPECT_FALSE(r.has(RelationType::WorksAt, QStringLiteral("C.C. Wei"), QStringLiteral("Intel")));
}

TEST_F(RelationExtractorTest, PeersComparedWithAreRivals)
{
    const auto r = relationsOf(QStringLiteral("与月之暗面、MiniMax等同行相比，云岫智能更早押注ToB和政企市场。"));
    EXPECT_TRUE(r.has(RelationType::CompetitorOf, QStringLiteral("云岫智能"), QStringLiteral("Moonshot AI")));
    EXPECT_TRUE(r.has(RelationType::CompetitorOf, QStringLiteral("云岫智能"), QStringLiteral("MiniMax")));
    EXPECT_EQ(r.named(QStringLiteral("ToB")), nullptr);
}

TEST_F(RelationExtractorTest, BigCompaniesAllComingInAndOldShareholdersAddingInvest)
{
    const auto r = relationsOf(QStringLiteral(
        "云岫智能成立于2019年。2023年，该公司累计完成超25亿元人民币融资，美团、腾讯等互联网大厂悉数入局，君联资本等老股东也持续加注。"));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("Meituan"), QStringLiteral("云岫智能")));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("Legend Capital"), QStringLiteral("云岫智能")));
}

TEST_F(RelationExtractorTest, APronounOpeningAParagraphThatNamesNoOneIsTheProfilesSubject)
{
    const auto r = relationsOf(QStringLiteral(
        "沈书瑶落定云岫智能\n上周三，前DeepSeek研究员沈书瑶宣布，她已加入云岫智能。沈书瑶表示很期待。\n"
        "去年12月，有媒体报道称云岫智能创始人闵嘉树亲自挖角沈书瑶，闵嘉树当时未作回应。\n"
        "这位研究员的履历并不复杂。她毕业后加入阿里巴巴达摩院。"), QDate(2025, 11, 20));
    EXPECT_TRUE(r.has(RelationType::Joined, QStringLiteral("沈书瑶"), QStringLiteral("DAMO Academy")));
    EXPECT_FALSE(r.has(RelationType::Joined, QStringLiteral("闵嘉树"), QStringLiteral("DAMO Academy")));
}

TEST_F(RelationExtractorTest, AWordForAPostHeldEndsATwoCharacterName)
{
    const auto r = relationsOf(QStringLiteral("云岫智能成立于2015年。联合创始人黄畅现任该公司首席技术官。"));
    EXPECT_NE(r.named(QStringLiteral("黄畅")), nullptr);
    EXPECT_EQ(r.named(QStringLiteral("黄畅现")), nullptr);
}

TEST_F(RelationExtractorTest, VerbsOfCompetingOtherThanJingzhengNameTheRivalsAfterYu)
{
    const auto r = relationsOf(QStringLiteral("在搜索市场，星辰科技正与云帆网络、海岳数据短兵相接。"));
    EXPECT_TRUE(r.has(RelationType::CompetitorOf, QStringLiteral("星辰科技"), QStringLiteral("云帆网络")));
    EXPECT_TRUE(r.has(RelationType::CompetitorOf, QStringLiteral("星辰科技"), QStringLiteral("海岳数据")));
    EXPECT_FALSE(r.find(RelationType::CompetitorOf, QStringLiteral("云帆网络"), QStringLiteral("海岳数据")));
    const auto head = relationsOf(QStringLiteral("极光汽车曾在智驾上和蓝鲸汽车正面交锋。"));
    EXPECT_TRUE(head.has(RelationType::CompetitorOf, QStringLiteral("极光汽车"), QStringLiteral("蓝鲸汽车")));
}

TEST_F(RelationExtractorTest, ALatinWordBeforeALineOfBusinessIsNoCompany)
{
    const auto r = relationsOf(QStringLiteral("蓝海科技在Robotaxi赛道与云帆网络竞争，并押注SaaS领域。"));
    EXPECT_EQ(r.named(QStringLiteral("Robotaxi")), nullptr);
    EXPECT_EQ(r.named(QStringLiteral("SaaS")), nullptr);
    EXPECT_TRUE(r.has(RelationType::CompetitorOf, QStringLiteral("蓝海科技"), QStringLiteral("云帆网络")));
}

TEST_F(RelationExtractorTest, TheRivalOfAFrontedZuoweiIsTheHeadOfARelativeClause)
{
    const auto r = relationsOf(QStringLiteral("作为星辰科技的直接竞争对手，林海于2020年创办的云帆网络则更为激进。"));
    EXPECT_TRUE(r.has(RelationType::CompetitorOf, QStringLiteral("云帆网络"), QStringLiteral("星辰科技")));
    EXPECT_FALSE(r.find(RelationType::CompetitorOf, QStringLiteral("林海"), QStringLiteral("星辰科技")));
}

TEST_F(RelationExtractorTest, APronounAfterAFrontedZuoweiListingRivalsIsTheArticlesCompany)
{
    const auto r = relationsOf(QStringLiteral(
        "晨曦汽车成立于2019年，晨曦汽车的创始人是林海。晨曦汽车去年交付了三万辆车。"
        "作为一家曾和蓝鲸汽车、极光汽车正面交锋的新势力，它从来不缺人才。"));
    EXPECT_TRUE(r.has(RelationType::CompetitorOf, QStringLiteral("晨曦汽车"), QStringLiteral("蓝鲸汽车")));
    EXPECT_TRUE(r.has(RelationType::CompetitorOf, QStringLiteral("晨曦汽车"), QStringLiteral("极光汽车")));
    EXPECT_FALSE(r.find(RelationType::CompetitorOf, QStringLiteral("蓝鲸汽车"), QStringLiteral("极光汽车")));
}

TEST_F(RelationExtractorTest, ASuitAgainstTheHeadOfARelativeClauseSparesTheNamesDescribingIt)
{
    const auto r = relationsOf(QStringLiteral("去年11月，星辰科技以违反竞业协议为由，对已从星辰科技离职的前技术负责人林海申请仲裁。"),
                               QDate(2025, 3, 1));
    EXPECT_TRUE(r.has(RelationType::PlaintiffIn, QStringLiteral("星辰科技"), QStringLiteral("星辰科技 诉 林海")));
    EXPECT_TRUE(r.has(RelationType::DefendantIn, QStringLiteral("林海"), QStringLiteral("星辰科技 诉 林海")));
    const auto sub = relationsOf(QStringLiteral("星辰科技对云帆网络的子公司海岳数据提起诉讼。"));
    EXPECT_FALSE(sub.has(RelationType::DefendantIn, QStringLiteral("云帆网络"), QStringLiteral("星辰科技 诉 海岳数据")));
    EXPECT_TRUE(sub.has(RelationType::DefendantIn, QStringLiteral("海岳数据"), QStringLiteral("星辰科技 诉 海岳数据")));
}

TEST_F(RelationExtractorTest, AClassmateOfAUniversitysClassIsAPersonNotTheUniversity)
{
    const auto r = relationsOf(QStringLiteral("2011年，印奇与清华姚班同学唐文斌、杨沐共同创立旷视。"));
    EXPECT_FALSE(r.find(RelationType::Founded, QStringLiteral("Tsinghua University"), QStringLiteral("Megvii")));
    EXPECT_FALSE(r.find(RelationType::SubsidiaryOf, QStringLiteral("Megvii"), QStringLiteral("Tsinghua University")));
    EXPECT_TRUE(r.has(RelationType::Founded, QStringLiteral("杨沐"), QStringLiteral("Megvii")));
}

TEST_F(RelationExtractorTest, RivalsCompetingForOrdersAreNamedAfterYu)
{
    const auto r = relationsOf(QStringLiteral("星辰科技明年将与云帆网络、海岳数据等老对手持续竞逐服务器订单。"));
    EXPECT_TRUE(r.has(RelationType::CompetitorOf, QStringLiteral("星辰科技"), QStringLiteral("云帆网络")));
    EXPECT_TRUE(r.has(RelationType::CompetitorOf, QStringLiteral("星辰科技"), QStringLiteral("海岳数据")));
    EXPECT_EQ(r.named(QStringLiteral("服务器订单")), nullptr); // what they compete for
}

TEST_F(RelationExtractorTest, InvestorsTakingPartAtTheEndOfTheClauseAfterARoundInvested)
{
    const auto r = relationsOf(QStringLiteral("去年6月，云帆网络完成13亿美元融资，星辰科技、林海以及新投资方海岳资本参与，估值约40亿美元。"),
                               QDate(2025, 3, 1));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("星辰科技"), QStringLiteral("云帆网络")));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("海岳资本"), QStringLiteral("云帆网络")));
    // With no round told, taking part is no investment.
    const auto none = relationsOf(QStringLiteral("云帆网络举办了开发者大会，星辰科技参与。"));
    EXPECT_FALSE(none.find(RelationType::InvestedIn, QStringLiteral("星辰科技"), QStringLiteral("云帆网络")));
}

TEST_F(RelationExtractorTest, NewShareholdersComingInInvestInTheRound)
{
    const auto r = relationsOf(QStringLiteral("云帆网络宣布完成50亿元B+轮融资，星辰资本、海岳创投等新股东入局。"));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("星辰资本"), QStringLiteral("云帆网络")));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("海岳创投"), QStringLiteral("云帆网络")));
}

TEST_F(RelationExtractorTest, NewspapersInBookBracketsListedSideBySideSueTogether)
{
    const auto r = relationsOf(QStringLiteral(
        "去年4月底，对冲基金星辰资本（Star Capital）旗下的《海港每日新闻》《北湖论坛报》等八家报纸起诉微软。"),
        QDate(2025, 3, 1));
    EXPECT_TRUE(r.has(RelationType::SubsidiaryOf, QStringLiteral("海港每日新闻"), QStringLiteral("星辰资本")));
    EXPECT_TRUE(r.has(RelationType::SubsidiaryOf, QStringLiteral("北湖论坛报"), QStringLiteral("星辰资本")));
    const QString suit = QStringLiteral("北湖论坛报,海港每日新闻 诉 Microsoft");
    EXPECT_TRUE(r.has(RelationType::PlaintiffIn, QStringLiteral("海港每日新闻"), suit));
    EXPECT_TRUE(r.has(RelationType::PlaintiffIn, QStringLiteral("北湖论坛报"), suit));
    EXPECT_TRUE(r.has(RelationType::DefendantIn, QStringLiteral("Microsoft"), suit));
    // The owner named before 旗下 takes no part; 对 of 对冲 is no preposition.
    EXPECT_EQ(r.named(QStringLiteral("冲基金星辰资本")), nullptr);
}

TEST_F(RelationExtractorTest, TheLatterIsTheLastOfTwoNamedBeforeItInTheSentence)
{
    const auto r = relationsOf(QStringLiteral("星辰资本2020年向云帆网络注资4亿美元，后者去年同样上市，与海岳数据正面竞争。"),
                               QDate(2025, 3, 1));
    EXPECT_TRUE(r.has(RelationType::CompetitorOf, QStringLiteral("云帆网络"), QStringLiteral("海岳数据")));
    EXPECT_FALSE(r.find(RelationType::CompetitorOf, QStringLiteral("星辰资本"), QStringLiteral("海岳数据")));
}

TEST_F(RelationExtractorTest, ACompanyAnnouncingAPostHoldsTheOtherTitlesOfTheSentence)
{
    const auto r = relationsOf(QStringLiteral(
        "星辰科技很强。星辰科技很大。星辰科技很多。云帆汽车宣布总裁林海辞任，总工程师周启航接任总裁。"));
    EXPECT_TRUE(r.has(RelationType::WorksAt, QStringLiteral("周启航"), QStringLiteral("云帆汽车")));
    EXPECT_FALSE(r.find(RelationType::WorksAt, QStringLiteral("周启航"), QStringLiteral("星辰科技")));
    EXPECT_FALSE(r.roles(RelationType::WorksAt, QStringLiteral("林海"), QStringLiteral("云帆汽车")).contains(QStringLiteral("宣布总裁")));
}

TEST_F(RelationExtractorTest, ACountryBeforeADescriptionEndingInAnyDescriptionNounTakesNoPart)
{
    const auto r = relationsOf(QStringLiteral("2023年8月，林海离职，加盟美国芯片巨头英伟达，出任全球副总裁。"));
    EXPECT_TRUE(r.has(RelationType::Joined, QStringLiteral("林海"), QStringLiteral("Nvidia")));
    EXPECT_FALSE(r.find(RelationType::Joined, QStringLiteral("林海"), QStringLiteral("United States")));
}

TEST_F(RelationExtractorTest, RivalsNamedByTheirCompaniesProductsAreTheCompanies)
{
    const auto r = relationsOf(QStringLiteral("Anthropic发布了新模型。它的主要对手仍是OpenAI的ChatGPT和谷歌的Gemini。"));
    EXPECT_TRUE(r.has(RelationType::CompetitorOf, QStringLiteral("Anthropic"), QStringLiteral("OpenAI")));
    EXPECT_TRUE(r.has(RelationType::CompetitorOf, QStringLiteral("Anthropic"), QStringLiteral("Google")));
}

TEST_F(RelationExtractorTest, ASuitFiledThenZhiNamesWhomItIsAgainst)
{
    const auto r = relationsOf(QStringLiteral("上月25日，星辰科技入稟德州北區聯邦地區法院，指蘋果（Apple）與OpenAI合謀壟斷市場。"),
                               QDate(2025, 9, 29));
    EXPECT_EQ(r.suitsOf(RelationType::DefendantIn, QStringLiteral("Apple")), 1);
    EXPECT_EQ(r.suitsOf(RelationType::DefendantIn, QStringLiteral("OpenAI")), 1);
    EXPECT_EQ(r.suitsOf(RelationType::PlaintiffIn, QStringLiteral("星辰科技")), 1);
    // 指出 is no accusation.
    const auto said = relationsOf(QStringLiteral("星辰科技起诉了，指出蘋果（Apple）的問題。"));
    EXPECT_EQ(said.suitsOf(RelationType::DefendantIn, QStringLiteral("Apple")), 0);
}

TEST_F(RelationExtractorTest, TheCompanyAfterXiangReceivesATopUp)
{
    const auto r = relationsOf(QStringLiteral("上周五，星辰资本宣布向AI初创公司云帆网络追加投资40亿美元。"), QDate(2025, 3, 1));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("星辰资本"), QStringLiteral("云帆网络")));
    EXPECT_FALSE(r.find(RelationType::InvestedIn, QStringLiteral("云帆网络"), QStringLiteral("星辰资本")));
}

TEST_F(RelationExtractorTest, InvestorsCalledItsMainBackersInvestInTheCompanyTheSentenceOpenedOn)
{
    const auto r = relationsOf(QStringLiteral("云帆网络由林海于2021年创立；星辰资本和海岳创投是其主要投资方，其中星辰资本累计投资80亿元。"));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("星辰资本"), QStringLiteral("云帆网络")));
    EXPECT_TRUE(r.has(RelationType::InvestedIn, QStringLiteral("海岳创投"), QStringLiteral("云帆网络")));
    // 其中: one of those listed invests, not in the co-investor named before it.
    EXPECT_FALSE(r.find(RelationType::InvestedIn, QStringLiteral("星辰资本"), QStringLiteral("海岳创投")));
    const auto after = relationsOf(QStringLiteral("星辰资本已向云帆网络累计投资80亿元，海岳创投也是其重要股东。"));
    EXPECT_TRUE(after.has(RelationType::InvestedIn, QStringLiteral("海岳创投"), QStringLiteral("云帆网络")));
    EXPECT_FALSE(after.find(RelationType::InvestedIn, QStringLiteral("海岳创投"), QStringLiteral("星辰资本")));
}
