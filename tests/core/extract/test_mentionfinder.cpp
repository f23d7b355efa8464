#include "extract/mentionfinder.h"

#include "text/textfolder.h"
#include "text/worddictionary.h"

#include <gtest/gtest.h>

#include <utility>

using namespace Guanxi;
using namespace Guanxi::Internal;

namespace {

// Finds the names of one sentence with the bundled rules and a tiny lexicon.
class MentionFinderTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto book = RuleBook::load(QStringLiteral(GUANXI_RESOURCES_DIR "/lexicon"));
        ASSERT_TRUE(book);
        m_rules = std::move(*book);
        ASSERT_TRUE(m_lexicon.addText(QStringLiteral("person\t\tElon Musk\t马斯克\t\n"
                                                     "organization\tcompany\tAlibaba\t阿里巴巴\t\n"
                                                     "organization\tcompany\tAgiBot\t智元\t\n"),
                                      QStringLiteral("t.tsv")));
        m_lexicon.finalize();
    }

    QList<Mention> names(const QString &text, const WordDictionary *dictionary = nullptr)
    {
        const QString folded = TextFolder::fold(text);
        const QString lower = AliasMatcher::matchForm(folded);
        MentionFinder finder(m_lexicon, m_rules, dictionary);
        QList<Mention> out;
        for (const Mention &m : finder.find(folded, lower, TextSpan{0, folded.size()}, nullptr))
            if (!m.isPronoun)
                out.append(m);
        return out;
    }

    RuleBook m_rules;
    Lexicon m_lexicon;
};

} // namespace

TEST_F(MentionFinderTest, TransliteratedNameWithEnglishPairIsOnePerson)
{
    const auto m = names(QStringLiteral("《阿凡达》导演詹姆斯·卡梅隆(James Cameron)宣布加入董事会。"));
    ASSERT_EQ(m.size(), 1);
    EXPECT_EQ(m[0].surface, QStringLiteral("詹姆斯·卡梅隆"));
    EXPECT_EQ(m[0].type, EntityType::Person);
    EXPECT_TRUE(m[0].aliases.contains(QStringLiteral("James Cameron")));
    EXPECT_TRUE(m[0].aliases.contains(QStringLiteral("卡梅隆")));
}

TEST_F(MentionFinderTest, ChineseOrganisationBySuffix)
{
    const auto m = names(QStringLiteral("阿里、腾讯等参投，高榕资本亦参与其中。"));
    bool found = false;
    for (const Mention &x : m)
        found = found || (x.surface == QStringLiteral("高榕资本") && x.type == EntityType::Organization);
    EXPECT_TRUE(found);
}

TEST_F(MentionFinderTest, GenericCompanyNounIsNotAName)
{
    for (const Mention &x : names(QStringLiteral("很多规模较小的AI公司选择了被大公司收购，这家初创公司也是。")))
        ADD_FAILURE() << x.surface.toStdString();
}

TEST_F(MentionFinderTest, PersonAfterTitle)
{
    const auto m = names(QStringLiteral("联合创始人蔡崇信接任董事会主席。"));
    ASSERT_EQ(m.size(), 1);
    EXPECT_EQ(m[0].surface, QStringLiteral("蔡崇信"));
    EXPECT_EQ(m[0].type, EntityType::Person);
}

// 表示, 宣布, 称 after a Chinese name (surname first) make it a person without a title.
TEST_F(MentionFinderTest, PersonBeforeASpeechVerb)
{
    const std::pair<QString, QString> cases[] = {
        {QStringLiteral("张立伟表示，公司前景很好。"), QStringLiteral("张立伟")},
        {QStringLiteral("王强宣布，公司完成融资。"), QStringLiteral("王强")},
        {QStringLiteral("李娜称，公司完成融资。"), QStringLiteral("李娜")},
    };
    for (const auto &[text, name] : cases) {
        const auto m = names(text);
        ASSERT_EQ(m.size(), 1) << text.toStdString();
        EXPECT_EQ(m[0].surface, name);
        EXPECT_EQ(m[0].type, EntityType::Person);
    }
}

// 四足机器人Laikago, 机器狗XDog: a kind of robot right before a Latin name makes it a product.
TEST_F(MentionFinderTest, LatinNameAfterAKindOfRobotIsAProduct)
{
    const auto m = names(QStringLiteral("宇树发布了首款四足机器人Laikago。"));
    ASSERT_FALSE(m.isEmpty());
    EXPECT_EQ(m.last().surface, QStringLiteral("Laikago"));
    EXPECT_EQ(m.last().type, EntityType::Product);
}

// 余家辉（Jiahui Yu）: a Chinese name no rule reads, glossed by its pinyin in brackets, is a
// person (翟晓华（Xiaohua Zhai）: a surname read otherwise than its character's common reading).
TEST_F(MentionFinderTest, ChineseNameGlossedByItsPinyinIsAPerson)
{
    const auto m = names(QStringLiteral("包括余家辉（Jiahui Yu）和翟晓华（Xiaohua Zhai）。"));
    ASSERT_EQ(m.size(), 2);
    EXPECT_EQ(m[0].surface, QStringLiteral("余家辉"));
    EXPECT_EQ(m[0].type, EntityType::Person);
    EXPECT_TRUE(m[0].aliases.contains(QStringLiteral("Jiahui Yu")));
    EXPECT_EQ(m[1].surface, QStringLiteral("翟晓华"));
    EXPECT_EQ(m[1].type, EntityType::Person);
}

// 百度（Baidu Inc）: a company's Latin name is no pinyin of a person.
TEST_F(MentionFinderTest, CompanyGlossedByItsLatinNameIsNoPerson)
{
    const auto m = names(QStringLiteral("星河科技（Xinghe Tech）宣布融资。"));
    for (const Mention &x : m)
        EXPECT_NE(x.type, EntityType::Person) << x.surface.toStdString();
}

// “挖人不买公司”: a run with a negation before 公司 is a clause, no company.
TEST_F(MentionFinderTest, NegatedRunBeforeACompanyHeadIsNoName)
{
    EXPECT_TRUE(names(QStringLiteral("这种“挖人不买公司”的打法早已驾轻就熟。")).isEmpty());
}

// 于两年前加盟: 于 before a count of years is "in", no surname.
TEST_F(MentionFinderTest, YuBeforeACountOfYearsIsNoName)
{
    for (const Mention &m : names(QStringLiteral("他获得博士学位后，于两年前加盟星河科技。")))
        EXPECT_NE(m.type, EntityType::Person) << m.surface.toStdString();
}

TEST_F(MentionFinderTest, LatinProductWithVersion)
{
    const auto m = names(QStringLiteral("优化现有模型 GPT-4o mini 的性能，训练Llama 4。"));
    ASSERT_EQ(m.size(), 2);
    EXPECT_EQ(m[0].surface, QStringLiteral("GPT-4o mini"));
    EXPECT_EQ(m[0].type, EntityType::Product);
    EXPECT_EQ(m[1].surface, QStringLiteral("Llama 4"));
}

TEST_F(MentionFinderTest, LatinOrganisationBySuffix)
{
    const auto m = names(QStringLiteral("另起炉灶创办Black Forest Labs。"));
    ASSERT_EQ(m.size(), 1);
    EXPECT_EQ(m[0].surface, QStringLiteral("Black Forest Labs"));
    EXPECT_EQ(m[0].type, EntityType::Organization);
}

TEST_F(MentionFinderTest, ScrapingRemnantsGiveNoJunk)
{
    const auto m = names(QStringLiteral("寻找新的、大额的投资方,比如、沙特阿拉伯或者。"));
    EXPECT_TRUE(m.isEmpty());
}

TEST_F(MentionFinderTest, LexiconNameWithGroupSuffixIsTheKnownEntity)
{
    const auto m = names(QStringLiteral("阿里巴巴集团副总裁颜乔随即否认。"));
    ASSERT_GE(m.size(), 1);
    EXPECT_EQ(m[0].surface, QStringLiteral("阿里巴巴集团"));
    EXPECT_EQ(m[0].name, QStringLiteral("Alibaba"));
}

TEST_F(MentionFinderTest, TextWithoutNamesFindsNothing)
{
    EXPECT_TRUE(names(QStringLiteral("今天天气很好，我们去公园散步。")).isEmpty());
}

TEST_F(MentionFinderTest, KnownPersonBeatsLongerGuessedName)
{
    ASSERT_TRUE(m_lexicon.addText(QStringLiteral("person\t\t张磊\t\t\n"), QStringLiteral("u.tsv")));
    m_lexicon.finalize();
    const auto m = names(QStringLiteral("高瓴创始人张磊均投资了这家公司。"));
    bool known = false, guessed = false;
    for (const Mention &x : m) {
        known = known || x.surface == QStringLiteral("张磊");
        guessed = guessed || x.surface == QStringLiteral("张磊均");
    }
    EXPECT_TRUE(known);
    EXPECT_FALSE(guessed);
}

TEST_F(MentionFinderTest, RareSurnameNeedsATitle)
{
    // 文 is marked rare in surnames.txt: no name at a clause start without a title.
    EXPECT_TRUE(m_rules.isRareSurname(QChar(u'文')));
    for (const Mention &x : names(QStringLiteral("，文件显示该公司卸任了董事。")))
        EXPECT_NE(x.type, EntityType::Person) << x.surface.toStdString();
    bool person = false;
    for (const Mention &x : names(QStringLiteral("公司首席执行官文晓明宣布辞职。")))
        person = person || (x.surface == QStringLiteral("文晓明") && x.type == EntityType::Person);
    EXPECT_TRUE(person);
}

TEST_F(MentionFinderTest, LowerCaseEnglishWordIsNoShortAliasEntity)
{
    ASSERT_TRUE(m_lexicon.addText(QStringLiteral("product\t\tCursor\tCursor编辑器\tshort=1;short_aliases=Cursor\n"),
                                  QStringLiteral("u.tsv")));
    m_lexicon.finalize();
    for (const Mention &x : names(QStringLiteral("He said the cursor blinked.")))
        EXPECT_NE(x.name, QStringLiteral("Cursor"));
}

namespace {

// A jieba-format dictionary with the tags the finder reads: 搜狗 nz, 诺华星 nt,
// 茹立云 nr; 阿里巴巴 tagged as a person to show the lexicon wins; 星期 n.
WordDictionary taggedDictionary()
{
    return WordDictionary::fromText(QStringLiteral("搜狗 1044 nz\n诺华星 30 nt\n茹立云 10 nr\n阿里巴巴 50 nr\n"
                                                   "星期 900 n\n加入 5000 v\n"));
}

bool hasName(const QList<Mention> &mentions, const QString &surface, EntityType type)
{
    for (const Mention &m : mentions)
        if (m.surface == surface && m.type == type)
            return true;
    return false;
}

} // namespace

TEST_F(MentionFinderTest, DictionaryOrganisationBeforeARoleIsFound)
{
    const WordDictionary dict = taggedDictionary();
    const QString text = QStringLiteral("他曾任搜狗首席营销官。");
    EXPECT_TRUE(hasName(names(text, &dict), QStringLiteral("搜狗"), EntityType::Organization));
    EXPECT_FALSE(hasName(names(text), QStringLiteral("搜狗"), EntityType::Organization));
}

TEST_F(MentionFinderTest, DictionaryOrganisationAfterARelationWordIsFound)
{
    const WordDictionary dict = taggedDictionary();
    EXPECT_TRUE(hasName(names(QStringLiteral("去年他加入了诺华星，负责研发。"), &dict), QStringLiteral("诺华星"),
                        EntityType::Organization));
}

TEST_F(MentionFinderTest, DictionaryPersonAfterATitleIsFound)
{
    const WordDictionary dict = taggedDictionary();
    EXPECT_TRUE(hasName(names(QStringLiteral("首席运营官茹立云表示，产品将在年内上线。"), &dict), QStringLiteral("茹立云"),
                        EntityType::Person));
}

TEST_F(MentionFinderTest, DictionaryNameWithoutContextIsNotAName)
{
    const WordDictionary dict = taggedDictionary();
    EXPECT_FALSE(hasName(names(QStringLiteral("很多人用过搜狗。"), &dict), QStringLiteral("搜狗"), EntityType::Organization));
}

TEST_F(MentionFinderTest, RareVerbBeforeAHeadIsABrandName)
{
    // 远航 is a verb, but a literary one: with 科技 it names a company.
    const WordDictionary dict = WordDictionary::fromText(QStringLiteral("远航 155 v\n"));
    EXPECT_TRUE(hasName(names(QStringLiteral("远航科技宣布完成新一轮融资。"), &dict), QStringLiteral("远航科技"),
                        EntityType::Organization));
}

TEST_F(MentionFinderTest, EverydayVerbBeforeAHeadIsNoName)
{
    const WordDictionary dict = WordDictionary::fromText(QStringLiteral("实现 9000 v\n"));
    EXPECT_FALSE(hasName(names(QStringLiteral("该方案帮助工厂实现智能排产。"), &dict), QStringLiteral("实现智能"),
                         EntityType::Organization));
}

TEST_F(MentionFinderTest, RareVerbBeforeAThingHeadIsNoName)
{
    const WordDictionary dict = WordDictionary::fromText(QStringLiteral("巡检 40 v\n"));
    EXPECT_FALSE(hasName(names(QStringLiteral("巡检机器人进入量产阶段。"), &dict), QStringLiteral("巡检机器人"),
                         EntityType::Organization));
}

TEST_F(MentionFinderTest, LexiconTypeOverridesTheDictionaryTag)
{
    const WordDictionary dict = taggedDictionary();
    const auto m = names(QStringLiteral("首席执行官阿里巴巴宣布裁员。"), &dict);
    EXPECT_TRUE(hasName(m, QStringLiteral("阿里巴巴"), EntityType::Organization));
    EXPECT_FALSE(hasName(m, QStringLiteral("阿里巴巴"), EntityType::Person));
}

namespace {

// Words the brand + model code tests need tagged: two verbs and a product noun.
WordDictionary productDictionary()
{
    return WordDictionary::fromText(QStringLiteral("推出 3000 v\n搭载 800 v\n芯片 900 n\n星图 20 n\n今年 5000 t\n"));
}

} // namespace

TEST_F(MentionFinderTest, UnknownBrandGluedToAModelCodeIsOneProduct)
{
    const WordDictionary dict = productDictionary();
    const auto m = names(QStringLiteral("去年10月，公司推出了首款产品星图X2。"), &dict);
    EXPECT_TRUE(hasName(m, QStringLiteral("星图X2"), EntityType::Product));
    EXPECT_FALSE(hasName(m, QStringLiteral("X2"), EntityType::Product));
}

// The maker stays a name of its own (the extractor then says it develops the model):
// 小米|SU7 Ultra, not one product 小米SU7 Ultra that hides the company.
TEST_F(MentionFinderTest, KnownOrganisationBeforeAModelCodeStaysAName)
{
    ASSERT_TRUE(m_lexicon.addText(QStringLiteral("organization\tcompany\tXiaomi\t小米\t\n"), QStringLiteral("u.tsv")));
    m_lexicon.finalize();
    const auto m = names(QStringLiteral("小米SU7 Ultra将于明年交付。"));
    EXPECT_TRUE(hasName(m, QStringLiteral("SU7 Ultra"), EntityType::Product));
    EXPECT_TRUE(hasName(m, QStringLiteral("小米"), EntityType::Organization));
}

TEST_F(MentionFinderTest, KnownProductWithAVersionIsThatVersion)
{
    ASSERT_TRUE(m_lexicon.addText(QStringLiteral("product\t\tERNIE Bot\t文心一言\t\n"), QStringLiteral("u.tsv")));
    m_lexicon.finalize();
    EXPECT_TRUE(hasName(names(QStringLiteral("百度发布了文心一言4.5，")), QStringLiteral("文心一言4.5"), EntityType::Product));
}

TEST_F(MentionFinderTest, NumberAfterAKnownProductCountingSomethingIsNoVersion)
{
    ASSERT_TRUE(m_lexicon.addText(QStringLiteral("product\t\tERNIE Bot\t文心一言\t\n"), QStringLiteral("u.tsv")));
    m_lexicon.finalize();
    const auto m = names(QStringLiteral("文心一言3亿用户"));
    EXPECT_FALSE(hasName(m, QStringLiteral("文心一言3"), EntityType::Product));
    EXPECT_TRUE(hasName(m, QStringLiteral("文心一言"), EntityType::Product));
}

TEST_F(MentionFinderTest, VerbOrProductNounBeforeAModelCodeIsNoBrand)
{
    const WordDictionary dict = productDictionary();
    EXPECT_TRUE(hasName(names(QStringLiteral("新车将搭载M4。"), &dict), QStringLiteral("M4"), EntityType::Product));
    EXPECT_TRUE(hasName(names(QStringLiteral("这款视觉芯片V2已量产。"), &dict), QStringLiteral("V2"), EntityType::Product));
}

// The extractor makes a sentence's guesses once, in its first pass, and hands
// them back in the second with the document's names: the mentions must be the
// ones a fresh find() gives with the same gazetteer.
TEST_F(MentionFinderTest, GuessesFromThePassWithoutGazetteerFindTheSameMentions)
{
    const QString text = QStringLiteral("百川智能创始人王小川表示，马斯克与百川在北京见面，高榕资本亦参与其中。");
    const QString folded = TextFolder::fold(text);
    const QString lower = AliasMatcher::matchForm(folded);
    const TextSpan span{0, folded.size()};
    AliasMatcher gazetteer;
    gazetteer.add(QStringLiteral("百川"), 0);
    gazetteer.finalize();
    MentionFinder finder(m_lexicon, m_rules, &WordDictionary::standard());

    const MentionFinder::Guesses guesses = finder.guess(folded, lower, span);
    const QList<Mention> firstPass = finder.find(folded, lower, span, nullptr, guesses);
    const QList<Mention> reused = finder.find(folded, lower, span, &gazetteer, guesses);
    const QList<Mention> fresh = finder.find(folded, lower, span, &gazetteer);

    ASSERT_EQ(reused.size(), fresh.size());
    bool gazetteerHit = false;
    for (qsizetype i = 0; i < fresh.size(); ++i) {
        EXPECT_EQ(reused[i].start, fresh[i].start);
        EXPECT_EQ(reused[i].end, fresh[i].end);
        EXPECT_EQ(reused[i].surface, fresh[i].surface);
        EXPECT_EQ(reused[i].type, fresh[i].type);
        EXPECT_EQ(reused[i].entity, fresh[i].entity);
        EXPECT_EQ(reused[i].aliases, fresh[i].aliases);
        gazetteerHit = gazetteerHit || fresh[i].entity == 0;
    }
    // The gazetteer changed something, so the comparison is not of two first passes.
    EXPECT_TRUE(gazetteerHit);
    bool firstPassHit = false;
    for (const Mention &m : firstPass)
        firstPassHit = firstPassHit || m.entity == 0;
    EXPECT_FALSE(firstPassHit);
}

namespace {

// Words the suffixless organisation tests need tagged.
WordDictionary contextDictionary()
{
    return WordDictionary::fromText(QStringLiteral("极光 300 n\n视觉 2000 n\n担任 4000 v\n融资 3000 vn\n本轮 800 r\n"
                                                   "技术 9000 n\n副总裁 700 n\n"));
}

} // namespace

TEST_F(MentionFinderTest, SuffixlessNameBeforeAnOrganisationsNewsIsAnOrganisation)
{
    const WordDictionary dict = contextDictionary();
    EXPECT_TRUE(hasName(names(QStringLiteral("极光视觉日前宣布完成3亿元B轮融资。"), &dict), QStringLiteral("极光视觉"),
                        EntityType::Organization));
}

TEST_F(MentionFinderTest, SuffixlessNameBetweenARelationWordAndARoleIsAnOrganisation)
{
    const WordDictionary dict = contextDictionary();
    const auto m = names(QStringLiteral("目前林晓峰担任极光视觉的总裁。"), &dict);
    EXPECT_TRUE(hasName(m, QStringLiteral("极光视觉"), EntityType::Organization));
    EXPECT_FALSE(hasName(m, QStringLiteral("林晓峰"), EntityType::Organization));
}

TEST_F(MentionFinderTest, PersonsNameBeforeNewsIsNoOrganisation)
{
    const WordDictionary dict = contextDictionary();
    for (const Mention &x : names(QStringLiteral("赵雨桐日前宣布完成交接。"), &dict))
        EXPECT_NE(x.type, EntityType::Organization) << x.surface.toStdString();
}

TEST_F(MentionFinderTest, PhraseOfCommonWordsBeforeNewsIsNoOrganisation)
{
    const WordDictionary dict = contextDictionary();
    for (const Mention &x : names(QStringLiteral("本轮融资由红杉领投。"), &dict))
        EXPECT_NE(x.type, EntityType::Organization) << x.surface.toStdString();
}

TEST_F(MentionFinderTest, NameEndingInsideATitleIsNoOrganisation)
{
    const WordDictionary dict = contextDictionary();
    for (const Mention &x : names(QStringLiteral("他此前担任技术副总裁。"), &dict))
        EXPECT_NE(x.type, EntityType::Organization) << x.surface.toStdString();
}

TEST_F(MentionFinderTest, SuffixlessNameBeforeItsFounderIsAnOrganisation)
{
    const WordDictionary dict = contextDictionary();
    EXPECT_TRUE(hasName(names(QStringLiteral("极光视觉的创始人林晓峰表示，公司不会裁员。"), &dict), QStringLiteral("极光视觉"),
                        EntityType::Organization));
}

TEST_F(MentionFinderTest, VerbOfExpectingEndsAName)
{
    const auto m = names(QStringLiteral("知情人士称，冯岚预计年底前回归。"));
    EXPECT_TRUE(hasName(m, QStringLiteral("冯岚"), EntityType::Person));
    EXPECT_FALSE(hasName(m, QStringLiteral("冯岚预"), EntityType::Person));
}

TEST_F(MentionFinderTest, InvestorNounBeforeANameMakesAPerson)
{
    EXPECT_TRUE(hasName(names(QStringLiteral("原董事长、天使投资人邹建国退出董事会。")), QStringLiteral("邹建国"),
                        EntityType::Person));
}

TEST_F(MentionFinderTest, LatinNameBeforeARoleVerbIsAPerson)
{
    EXPECT_TRUE(hasName(names(QStringLiteral("Okonkwo出任青岩数据首席技术官。")), QStringLiteral("Okonkwo"),
                        EntityType::Person));
}

TEST_F(MentionFinderTest, OriginWordIsNoPartOfAName)
{
    for (const Mention &x : names(QStringLiteral("公司由张伟伦与韩裔工程师Daniel Park共同创办。")))
        EXPECT_FALSE(x.surface.contains(u'裔')) << x.surface.toStdString();
}

TEST_F(MentionFinderTest, CommonWordAtAClauseStartIsNoSurnameAndGivenName)
{
    const WordDictionary dict = WordDictionary::fromText(QStringLiteral("高院 11 n\n高层 1220 n\n"));
    for (const Mention &x : names(QStringLiteral("双方和解，高院判决后撤回上诉；高层预计年底完成交接。"), &dict))
        EXPECT_NE(x.type, EntityType::Person) << x.surface.toStdString();
}

TEST_F(MentionFinderTest, DictionaryPersonsNameAtAClauseStartIsStillAName)
{
    const WordDictionary dict = WordDictionary::fromText(QStringLiteral("丁磊 24 nr\n"));
    EXPECT_TRUE(hasName(names(QStringLiteral("，丁磊宣布辞职。"), &dict), QStringLiteral("丁磊"), EntityType::Person));
}

TEST_F(MentionFinderTest, GenericLatinWordsAfterAnOrganisationAreNoOrganisation)
{
    ASSERT_TRUE(m_lexicon.addText(QStringLiteral("organization\tcompany\tByteDance\t字节跳动\t\n"), QStringLiteral("u.tsv")));
    m_lexicon.finalize();
    const auto m = names(QStringLiteral("其职务由原字节跳动AI Lab负责人骆文涛接任。"));
    EXPECT_TRUE(hasName(m, QStringLiteral("字节跳动"), EntityType::Organization));
    for (const Mention &x : m)
        EXPECT_FALSE(x.surface.contains(QStringLiteral("AI"))) << x.surface.toStdString();
}

TEST_F(MentionFinderTest, LatinSuffixInsideALongerLatinWordEndsNoName)
{
    for (const Mention &x : names(QStringLiteral("公司推出了星河AIGC平台。")))
        EXPECT_NE(x.surface, QStringLiteral("星河AI")) << x.surface.toStdString();
}

TEST_F(MentionFinderTest, FormerPostBeforeAKnownNameIsNoPartOfTheName)
{
    const auto m = names(QStringLiteral("他此前任职于原阿里巴巴科技。"));
    ASSERT_EQ(m.size(), 1);
    EXPECT_EQ(m[0].surface, QStringLiteral("阿里巴巴科技"));
    EXPECT_EQ(m[0].name, QStringLiteral("Alibaba"));
}

TEST_F(MentionFinderTest, FormerPostBeforeANameTheDocumentKnowsIsNoPartOfTheName)
{
    const QString folded = TextFolder::fold(QStringLiteral("他此前任职于原百川智能。"));
    const QString lower = AliasMatcher::matchForm(folded);
    AliasMatcher gazetteer;
    gazetteer.add(QStringLiteral("百川智能"), 0);
    gazetteer.finalize();
    const MentionFinder finder(m_lexicon, m_rules);
    QList<Mention> m = finder.find(folded, lower, TextSpan{0, folded.size()}, &gazetteer);
    m.removeIf([](const Mention &x) { return x.isPronoun; });
    ASSERT_EQ(m.size(), 1);
    EXPECT_EQ(m[0].surface, QStringLiteral("百川智能"));
    EXPECT_EQ(m[0].entity, 0);
}

namespace {

// Words the listed organisation tests need tagged: 连连 reads as an adverb.
WordDictionary listDictionary()
{
    return WordDictionary::fromText(QStringLiteral("国投 40 j\n连连 1418 d\n数字 4670 n\n洽谈 900 v\n公司 20000 n\n"));
}

} // namespace

TEST_F(MentionFinderTest, UnknownNameListedBeforeAnOrganisationIsAnOrganisation)
{
    const WordDictionary dict = listDictionary();
    EXPECT_TRUE(hasName(names(QStringLiteral("本轮由高瓴创投领投，国投创合、中金资本跟投。"), &dict), QStringLiteral("国投创合"),
                        EntityType::Organization));
}

TEST_F(MentionFinderTest, UnknownNameListedAmongRivalsIsAnOrganisation)
{
    const WordDictionary dict = listDictionary();
    EXPECT_TRUE(hasName(names(QStringLiteral("主要竞争对手包括连连数字和PingPong。"), &dict), QStringLiteral("连连数字"),
                        EntityType::Organization));
}

TEST_F(MentionFinderTest, WordsBeforeWithAnOrganisationAreNoListedName)
{
    const WordDictionary dict = listDictionary();
    for (const Mention &x : names(QStringLiteral("据悉，公司正与阿里巴巴洽谈合作。"), &dict))
        EXPECT_EQ(x.name, QStringLiteral("Alibaba")) << x.surface.toStdString();
}

TEST_F(MentionFinderTest, NameAfterAnOwnerWordIsAnOrganisation)
{
    EXPECT_TRUE(hasName(names(QStringLiteral("2019年，李嘉诚旗下的维港投资向货链通科技注资8000万港元。")),
                        QStringLiteral("维港投资"), EntityType::Organization));
}

TEST_F(MentionFinderTest, InvestmentVerbAfterAnOwnedNameIsNoPartOfIt)
{
    for (const Mention &x : names(QStringLiteral("2020年获阿里巴巴旗下星图集团投资1.5亿元。")))
        EXPECT_FALSE(x.surface.endsWith(QStringLiteral("投资"))) << x.surface.toStdString();
}

TEST_F(MentionFinderTest, KnownNameBeforeABusinessSuffixNamesABusinessOfItsOwn)
{
    const auto m = names(QStringLiteral("他负责新成立的子公司阿里巴巴影业。"));
    ASSERT_TRUE(hasName(m, QStringLiteral("阿里巴巴影业"), EntityType::Organization));
    for (const Mention &x : m) {
        EXPECT_NE(x.name, QStringLiteral("Alibaba"));
        EXPECT_FALSE(x.aliases.contains(QStringLiteral("阿里巴巴")));
    }
}

TEST_F(MentionFinderTest, KnownNameBeforeAFormalSuffixIsTheKnownOrganisation)
{
    const auto m = names(QStringLiteral("据悉，阿里巴巴控股已完成交割。"));
    ASSERT_TRUE(hasName(m, QStringLiteral("阿里巴巴控股"), EntityType::Organization));
    EXPECT_EQ(m[0].name, QStringLiteral("Alibaba"));
}

TEST_F(MentionFinderTest, FundNamedForItsIndustryIsAnOrganisation)
{
    EXPECT_TRUE(hasName(names(QStringLiteral("北京市人工智能产业投资基金、上海人工智能产业投资基金和深创投等新股东也参与其中。")),
                        QStringLiteral("上海人工智能产业投资基金"), EntityType::Organization));
}

TEST_F(MentionFinderTest, CommonNounEndingInASuffixIsNoOrganisation)
{
    const WordDictionary dict = WordDictionary::fromText(QStringLiteral("投资银行 3 n\n"));
    for (const Mention &x : names(QStringLiteral("此前在中金公司投资银行部任职。"), &dict))
        EXPECT_NE(x.surface, QStringLiteral("投资银行")) << x.surface.toStdString();
}

TEST_F(MentionFinderTest, WordForAPersonIsNoPersonsName)
{
    for (const Mention &x : names(QStringLiteral("此后公司现金流吃紧、高管接连出走。")))
        EXPECT_NE(x.type, EntityType::Person) << x.surface.toStdString();
}

TEST_F(MentionFinderTest, CountryBeforeANationalityMarkIsNoMention)
{
    ASSERT_TRUE(m_lexicon.addText(QStringLiteral("organization\tgovernment\tSingapore\t新加坡\t\n"), QStringLiteral("u.tsv")));
    m_lexicon.finalize();
    EXPECT_FALSE(hasName(names(QStringLiteral("这位新加坡籍高管2015年加盟公司。")), QStringLiteral("新加坡"),
                         EntityType::Organization));
    EXPECT_TRUE(hasName(names(QStringLiteral("新加坡宣布了新规。")), QStringLiteral("新加坡"), EntityType::Organization));
}

TEST_F(MentionFinderTest, StateAfterAWordOfPlaceIsNoMention)
{
    ASSERT_TRUE(m_lexicon.addText(QStringLiteral("organization\tgovernment\tGermany\t德国\t\n"), QStringLiteral("u.tsv")));
    m_lexicon.finalize();
    EXPECT_FALSE(hasName(names(QStringLiteral("公司2019年在德国创立。")), QStringLiteral("德国"), EntityType::Organization));
    EXPECT_FALSE(hasName(names(QStringLiteral("这家位于德国弗赖堡的初创公司")), QStringLiteral("德国"), EntityType::Organization));
    EXPECT_TRUE(hasName(names(QStringLiteral("德国宣布了新规。")), QStringLiteral("德国"), EntityType::Organization));
}

TEST_F(MentionFinderTest, DotNameKeepsAGivenNameOfMoreThanFourCharacters)
{
    const auto m = names(QStringLiteral("谷歌首席科学家克里斯托弗·雷恩表示，董事马克西米利安·米勒将离任。"));
    EXPECT_TRUE(hasName(m, QStringLiteral("克里斯托弗·雷恩"), EntityType::Person));
    EXPECT_TRUE(hasName(m, QStringLiteral("马克西米利安·米勒"), EntityType::Person));
}

TEST_F(MentionFinderTest, DotNameRunsOverTheListedTransliterationCharacters)
{
    // 耐 and 烈 come from translit_chars.txt.
    const auto m = names(QStringLiteral("董事施密特·施耐德和安德烈亚斯·米勒出席。"));
    EXPECT_TRUE(hasName(m, QStringLiteral("施密特·施耐德"), EntityType::Person));
    EXPECT_TRUE(hasName(m, QStringLiteral("安德烈亚斯·米勒"), EntityType::Person));
}

TEST_F(MentionFinderTest, DotNameEndsBeforeARelationWord)
{
    const auto m = names(QStringLiteral("安德烈亚斯·米勒加入了阿里巴巴。"));
    EXPECT_TRUE(hasName(m, QStringLiteral("安德烈亚斯·米勒"), EntityType::Person));
}

TEST_F(MentionFinderTest, DotNameEndsBeforeAnOrdinaryWordOfTheDictionary)
{
    const WordDictionary dict = WordDictionary::fromText(QStringLiteral("大学 5000 n\n"));
    const auto m = names(QStringLiteral("约翰·史密斯大学毕业后回国。"), &dict);
    EXPECT_TRUE(hasName(m, QStringLiteral("约翰·史密斯"), EntityType::Person));
}

TEST_F(MentionFinderTest, LatinLegalFormBelongsToTheNameBeforeIt)
{
    const auto m = names(QStringLiteral("Nebula Systems Inc宣布完成融资，Brightpath Capital LP领投，Orbit Labs GmbH跟投。"));
    EXPECT_TRUE(hasName(m, QStringLiteral("Nebula Systems Inc"), EntityType::Organization));
    EXPECT_TRUE(hasName(m, QStringLiteral("Brightpath Capital LP"), EntityType::Organization));
    EXPECT_TRUE(hasName(m, QStringLiteral("Orbit Labs GmbH"), EntityType::Organization));
}

TEST_F(MentionFinderTest, LatinLegalFormAloneIsNoName)
{
    for (const Mention &x : names(QStringLiteral("该公司在美国注册为LLC，在德国为GmbH。")))
        ADD_FAILURE() << x.surface.toStdString();
}

TEST_F(MentionFinderTest, LatinRoleWordSplitsALatinRun)
{
    const auto m = names(QStringLiteral("OpenAI CEO Sam Altman表示，公司将继续发展。"));
    EXPECT_TRUE(hasName(m, QStringLiteral("OpenAI"), EntityType::Organization));
    EXPECT_TRUE(hasName(m, QStringLiteral("Sam Altman"), EntityType::Person));
    for (const Mention &x : m)
        EXPECT_FALSE(x.surface.contains(QStringLiteral("CEO"))) << x.surface.toStdString();
}

TEST_F(MentionFinderTest, JiaInTheMiddleOfANameIsPartOfIt)
{
    const auto m = names(QStringLiteral("创始人许家豪表示，张家豪加入了阿里巴巴。"));
    EXPECT_TRUE(hasName(m, QStringLiteral("许家豪"), EntityType::Person));
    EXPECT_TRUE(hasName(m, QStringLiteral("张家豪"), EntityType::Person));
}

TEST_F(MentionFinderTest, JiaAfterACounterStillEndsAName)
{
    for (const Mention &x : names(QStringLiteral("这家公司的专家表示，一家豪华酒店将开业。")))
        EXPECT_FALSE(x.surface.contains(QStringLiteral("家"))) << x.surface.toStdString();
}

TEST_F(MentionFinderTest, YiAndZhiInTheMiddleOfANameArePartOfIt)
{
    const auto m = names(QStringLiteral("产品负责人周亦然与研究总监黄之远共同创立了这家公司。"));
    EXPECT_TRUE(hasName(m, QStringLiteral("周亦然"), EntityType::Person));
    EXPECT_TRUE(hasName(m, QStringLiteral("黄之远"), EntityType::Person));
}

TEST_F(MentionFinderTest, YiAsAlsoStillEndsAName)
{
    const auto m = names(QStringLiteral("财务总监王立亦已辞任，董事李亦表示理解。"));
    EXPECT_TRUE(hasName(m, QStringLiteral("王立"), EntityType::Person));
    for (const Mention &x : m)
        EXPECT_NE(x.surface, QStringLiteral("李亦表")) << x.surface.toStdString();
}

TEST_F(MentionFinderTest, CompanySecretaryIsATitleBeforeAName)
{
    const auto m = names(QStringLiteral("其职务由公司秘书吴子涵暂时兼任。"));
    EXPECT_TRUE(hasName(m, QStringLiteral("吴子涵"), EntityType::Person));
}

TEST_F(MentionFinderTest, ChiefOfficerTitlesCueAName)
{
    const auto m = names(QStringLiteral("公司任命首席风险官郑凯文与首席数据官许如意。"));
    EXPECT_TRUE(hasName(m, QStringLiteral("郑凯文"), EntityType::Person));
    EXPECT_TRUE(hasName(m, QStringLiteral("许如意"), EntityType::Person));
}

TEST_F(MentionFinderTest, WhatACompanyIsToAnotherIsNoName)
{
    const auto m = names(QStringLiteral("星河物流将成为独立运营的附属公司，并设立一家合资公司。"));
    EXPECT_FALSE(hasName(m, QStringLiteral("附属公司"), EntityType::Organization));
    EXPECT_FALSE(hasName(m, QStringLiteral("合资公司"), EntityType::Organization));
}

TEST_F(MentionFinderTest, BesidesIsNoPartOfTheNameAfterIt)
{
    const auto m = names(QStringLiteral("除星图科技外，竞争对手还有阿里巴巴。"));
    EXPECT_TRUE(hasName(m, QStringLiteral("星图科技"), EntityType::Organization));
}

TEST_F(MentionFinderTest, LatinCompanyGoesOnWithoutItsLegalFormAndSuffixWord)
{
    const auto m = names(QStringLiteral("美国机器人公司Nebula Robotics Inc.宣布完成融资。"));
    ASSERT_TRUE(hasName(m, QStringLiteral("Nebula Robotics Inc"), EntityType::Organization));
    for (const Mention &x : m)
        if (x.name == QStringLiteral("Nebula Robotics Inc")) {
            EXPECT_TRUE(x.aliases.contains(QStringLiteral("Nebula Robotics")));
            EXPECT_TRUE(x.aliases.contains(QStringLiteral("Nebula")));
        }
}

TEST_F(MentionFinderTest, LatinCompanyNamedByAGivenNameKeepsItsSuffix)
{
    for (const Mention &x : names(QStringLiteral("Laura Capital领投了本轮融资。")))
        EXPECT_FALSE(x.aliases.contains(QStringLiteral("Laura"))) << x.surface.toStdString();
}

TEST_F(MentionFinderTest, UnitAndTechnologyAbbreviationsAreNoNames)
{
    const auto m = names(QStringLiteral("前智能汽车BU副总裁表示，公司的3D感测芯片支持5G网络。"));
    for (const QString &word : {QStringLiteral("BU"), QStringLiteral("3D"), QStringLiteral("5G")})
        EXPECT_FALSE(hasName(m, word, EntityType::Organization) || hasName(m, word, EntityType::Product))
            << word.toStdString();
}

TEST_F(MentionFinderTest, GradeBeforeAnOrganisationHeadMakesAnAttribute)
{
    const auto m = names(QStringLiteral("工业级AI芯片公司星穹半导体宣布完成融资。"));
    EXPECT_FALSE(hasName(m, QStringLiteral("工业级AI"), EntityType::Organization));
    EXPECT_TRUE(hasName(m, QStringLiteral("星穹半导体"), EntityType::Organization));
}

TEST_F(MentionFinderTest, SuffixBeginningALongerWordEndsNoName)
{
    const WordDictionary dict = WordDictionary::fromText(
        QStringLiteral("公司章程 3 n\n科技公司 50 n\n程序 5610 n\n违反 1500 v\n"));
    const auto m = names(QStringLiteral("股东称该程序违反公司章程。"), &dict);
    for (const Mention &x : m)
        EXPECT_FALSE(x.surface.endsWith(QStringLiteral("公司"))) << x.surface.toStdString();
    EXPECT_TRUE(hasName(names(QStringLiteral("星河科技公司宣布裁员。"), &dict), QStringLiteral("星河科技"),
                        EntityType::Organization));
}

TEST_F(MentionFinderTest, FunctionWordBeforeASuffixNameIsNoPartOfIt)
{
    const WordDictionary dict = WordDictionary::fromText(QStringLiteral("其中 34173 r\n"));
    const auto m = names(QStringLiteral("其中北辰资本出资3亿元。"), &dict);
    EXPECT_TRUE(hasName(m, QStringLiteral("北辰资本"), EntityType::Organization));
}

TEST_F(MentionFinderTest, SalesRegionNamesAPostNotACompany)
{
    const WordDictionary dict = WordDictionary::fromText(QStringLiteral("亚太区 78 ns\n欧洲区 20 ns\n供应链 140 n\n"));
    const auto a = names(QStringLiteral("她曾任阿里巴巴亚太区科技总监。"), &dict);
    EXPECT_TRUE(hasName(a, QStringLiteral("阿里巴巴"), EntityType::Organization));
    EXPECT_FALSE(hasName(a, QStringLiteral("阿里巴巴亚太区科技"), EntityType::Organization));
    EXPECT_FALSE(hasName(names(QStringLiteral("他此前担任欧洲区供应链总监。"), &dict), QStringLiteral("欧洲区供应链"),
                         EntityType::Organization));
}

TEST_F(MentionFinderTest, ListedInvestorMayEndInTouzi)
{
    const auto m = names(QStringLiteral("本轮由红杉资本领投，北辰资本、松柏投资跟投。"));
    EXPECT_TRUE(hasName(m, QStringLiteral("松柏投资"), EntityType::Organization));
}

TEST_F(MentionFinderTest, ListedNameBeforeTouziWithoutARelationWordIsNoInvestor)
{
    for (const Mention &x : names(QStringLiteral("红杉资本、松柏投资的项目很多。")))
        EXPECT_NE(x.surface, QStringLiteral("松柏投资")) << x.surface.toStdString();
}

TEST_F(MentionFinderTest, NameStartingWithAQuantityWordIsNoOrganisation)
{
    for (const Mention &x : names(QStringLiteral("双方和解，原告撤回全部诉讼请求。")))
        EXPECT_FALSE(x.surface.startsWith(QStringLiteral("全部"))) << x.surface.toStdString();
}

TEST_F(MentionFinderTest, AdverbAfterATwoCharacterNameIsNoPartOfIt)
{
    const WordDictionary dict = WordDictionary::fromText(QStringLiteral("相继 2443 d\n辞去 900 v\n"));
    const auto m = names(QStringLiteral("董事郑航相继辞去两项职务。"), &dict);
    EXPECT_TRUE(hasName(m, QStringLiteral("郑航"), EntityType::Person));
}

TEST_F(MentionFinderTest, YuBeforeATimeLeavesTheThirdCharacterToTheName)
{
    const WordDictionary dict = WordDictionary::fromText(QStringLiteral("善于 3000 v\n"));
    const auto m = names(QStringLiteral("研发总监陈立善于2019年加入星衡科技。"), &dict);
    EXPECT_TRUE(hasName(m, QStringLiteral("陈立善"), EntityType::Person));
}

TEST_F(MentionFinderTest, VerbEndingInYuBeforeAnythingButATimeEndsATwoCharacterName)
{
    const WordDictionary dict = WordDictionary::fromText(QStringLiteral("善于 3000 v\n"));
    const auto m = names(QStringLiteral("研发总监陈立善于沟通。"), &dict);
    EXPECT_TRUE(hasName(m, QStringLiteral("陈立"), EntityType::Person));
}

TEST_F(MentionFinderTest, ZhiAfterYouBeginsAName)
{
    const auto m = names(QStringLiteral("星衡科技的天使轮由之远资本领投。"));
    EXPECT_TRUE(hasName(m, QStringLiteral("之远资本"), EntityType::Organization));
}

TEST_F(MentionFinderTest, ZhiAfterAWordIsNoPartOfTheNameAfterIt)
{
    for (const Mention &x : names(QStringLiteral("三家机构之中，云帆资本出资最多。")))
        EXPECT_FALSE(x.surface.contains(u'之')) << x.surface.toStdString();
}

TEST_F(MentionFinderTest, KnownCompanyListedWithoutItsSuffixIsThatCompany)
{
    ASSERT_TRUE(m_lexicon.addText(QStringLiteral("organization\tcompany\tNorth Star Robotics\t北极星机器人\t\n"),
                                  QStringLiteral("u.tsv")));
    m_lexicon.finalize();
    const auto m = names(QStringLiteral("竞争对手包括北极星和阿里巴巴。"));
    ASSERT_TRUE(hasName(m, QStringLiteral("北极星"), EntityType::Organization));
    for (const Mention &x : m) {
        if (x.surface == QStringLiteral("北极星")) {
            EXPECT_EQ(x.name, QStringLiteral("North Star Robotics"));
        }
    }
}

TEST_F(MentionFinderTest, KnownCompanysNameWithoutItsSuffixIsAWordOutsideAList)
{
    ASSERT_TRUE(m_lexicon.addText(QStringLiteral("organization\tcompany\tNorth Star Robotics\t北极星机器人\t\n"),
                                  QStringLiteral("u.tsv")));
    m_lexicon.finalize();
    EXPECT_FALSE(hasName(names(QStringLiteral("夜空中的北极星很亮。")), QStringLiteral("北极星"), EntityType::Organization));
}

TEST_F(MentionFinderTest, UnitAfterAKnownNameEndingInAStopCharacterIsNoCompany)
{
    ASSERT_TRUE(m_lexicon.addText(QStringLiteral("organization\tcompany\tHuawei\t华为\t\n"), QStringLiteral("u.tsv")));
    m_lexicon.finalize();
    const auto m = names(QStringLiteral("他曾任华为智能汽车解决方案负责人。"));
    EXPECT_TRUE(hasName(m, QStringLiteral("华为"), EntityType::Organization));
    EXPECT_FALSE(hasName(m, QStringLiteral("智能汽车"), EntityType::Organization));
}

TEST_F(MentionFinderTest, SpeechVerbBeforeASuffixMakesAClause)
{
    for (const Mention &x : names(QStringLiteral("米勒表示公司将扩张。")))
        EXPECT_FALSE(x.surface.contains(QStringLiteral("表示"))) << x.surface.toStdString();
}

TEST_F(MentionFinderTest, TaggedWordAfterAReleaseVerbIsNoOrganisation)
{
    const WordDictionary dict = WordDictionary::fromText(QStringLiteral("新手机 17 nz\n"));
    EXPECT_FALSE(hasName(names(QStringLiteral("阿里巴巴发布了新手机。"), &dict), QStringLiteral("新手机"),
                         EntityType::Organization));
}

TEST_F(MentionFinderTest, TitleBeforeANameIsNoPerson)
{
    const auto m = names(QStringLiteral("据悉，董事长钱立群称公司业绩良好。"));
    EXPECT_TRUE(hasName(m, QStringLiteral("钱立群"), EntityType::Person));
    EXPECT_FALSE(hasName(m, QStringLiteral("董事长"), EntityType::Person));
}

TEST_F(MentionFinderTest, QuotedNameAfterAProductWordIsAProduct)
{
    EXPECT_TRUE(hasName(names(QStringLiteral("该公司昨日推出新一代芯片“天枢3”，面向数据中心。")), QStringLiteral("天枢3"),
                        EntityType::Product));
}

TEST_F(MentionFinderTest, CompanysQuotedNameInAClauseAboutProductsIsAProduct)
{
    EXPECT_TRUE(hasName(names(QStringLiteral("星衡科技的“灵犀”已装入多款车型。")), QStringLiteral("灵犀"),
                        EntityType::Product));
}

TEST_F(MentionFinderTest, CompanysQuotedSloganIsNoProduct)
{
    EXPECT_FALSE(hasName(names(QStringLiteral("对星衡科技的“破局”之年，业内看法不一。")), QStringLiteral("破局"),
                         EntityType::Product));
}

TEST_F(MentionFinderTest, LongRegisteredNameKeepsItsLegalForm)
{
    // Ten characters before 有限公司: the legal form's 有限 does not count against the name's length.
    const auto m = names(QStringLiteral("杭州青禾远山星图科技有限公司今日发布公告。"));
    ASSERT_FALSE(m.isEmpty());
    EXPECT_EQ(m[0].surface, QStringLiteral("杭州青禾远山星图科技有限公司"));
}

TEST_F(MentionFinderTest, InvestmentBusinessLineBelongsToARegisteredName)
{
    const auto m = names(QStringLiteral("苏州澄湖投资咨询有限公司当日完成工商变更。"));
    ASSERT_FALSE(m.isEmpty());
    EXPECT_EQ(m[0].surface, QStringLiteral("苏州澄湖投资咨询有限公司"));
}

TEST_F(MentionFinderTest, InvestorNounBeforeALongRegisteredNameIsNoPartOfIt)
{
    const auto m = names(QStringLiteral("大股东杭州青禾远山星图科技有限公司减持。"));
    ASSERT_FALSE(m.isEmpty());
    EXPECT_EQ(m[0].surface, QStringLiteral("杭州青禾远山星图科技有限公司"));
}

TEST_F(MentionFinderTest, ButBeforeACompanyIsNoPartOfItsName)
{
    // 惟 is "but" in Hong Kong and Taiwan writing.
    bool found = false;
    for (const Mention &x : names(QStringLiteral("市场传闻未获证实，惟汇通科技拒绝评论。"))) {
        EXPECT_FALSE(x.surface.startsWith(u'惟')) << x.surface.toStdString();
        found = found || x.surface == QStringLiteral("汇通科技");
    }
    EXPECT_TRUE(found);
}

TEST_F(MentionFinderTest, NounSayingWhatACompanyIsEndsTheDescriptionBeforeItsName)
{
    const auto m = names(QStringLiteral("芯片制造商长鑫科技与物流运营商远航集团达成合作。"));
    EXPECT_TRUE(hasName(m, QStringLiteral("长鑫科技"), EntityType::Organization));
    EXPECT_TRUE(hasName(m, QStringLiteral("远航集团"), EntityType::Organization));
}

TEST_F(MentionFinderTest, NounSayingWhatACompanyIsLeavesNoNameBeforeASuffix)
{
    for (const Mention &x : names(QStringLiteral("港口运营商云港集团宣布扩建码头。")))
        EXPECT_NE(x.surface, QStringLiteral("港口运营商云")) << x.surface.toStdString();
}

TEST_F(MentionFinderTest, NameAfterAnAppointingVerbIsAPerson)
{
    EXPECT_TRUE(hasName(names(QStringLiteral("董事会同意聘任赵磊为董事会秘书。")), QStringLiteral("赵磊"), EntityType::Person));
    const auto listed = names(QStringLiteral("云阶科技任命了李明、王芳为副总裁。"));
    EXPECT_TRUE(hasName(listed, QStringLiteral("李明"), EntityType::Person));
    EXPECT_TRUE(hasName(listed, QStringLiteral("王芳"), EntityType::Person));
}

TEST_F(MentionFinderTest, AppointingVerbBeforeNoNameFindsNone)
{
    // 任命书 and 聘任制度 are things: nothing after the verb is bounded by 为 or a relation word.
    for (const Mention &x : names(QStringLiteral("公司完善聘任制度并下发任命书。")))
        EXPECT_NE(x.type, EntityType::Person) << x.surface.toStdString();
}

TEST_F(MentionFinderTest, RareSurnameNameRightBeforeARelationWordIsAPerson)
{
    EXPECT_TRUE(hasName(names(QStringLiteral("去年，简明远加盟了蓝星科技。")), QStringLiteral("简明远"), EntityType::Person));
}

TEST_F(MentionFinderTest, RareSurnameTwoCharacterWordIsNoPerson)
{
    for (const Mention &x : names(QStringLiteral("此外，关于融资的消息尚未公布。")))
        EXPECT_NE(x.type, EntityType::Person) << x.surface.toStdString();
}

TEST_F(MentionFinderTest, ItemsOfACommaListBesideAPersonArePeople)
{
    const auto m = names(QStringLiteral("随后，赵婷、孙浩、李一凡共同创办了云雀科技。"));
    EXPECT_TRUE(hasName(m, QStringLiteral("赵婷"), EntityType::Person));
    EXPECT_TRUE(hasName(m, QStringLiteral("孙浩"), EntityType::Person));
    EXPECT_TRUE(hasName(m, QStringLiteral("李一凡"), EntityType::Person));
}

TEST_F(MentionFinderTest, AgeBeforeANameIsAPersonCue)
{
    EXPECT_TRUE(hasName(names(QStringLiteral("现年45岁的周佳敏去年加盟公司。")), QStringLiteral("周佳敏"), EntityType::Person));
}

TEST_F(MentionFinderTest, YiInsideAGivenNameKeepsTheName)
{
    EXPECT_TRUE(hasName(names(QStringLiteral("“很难。”马以琳说。")), QStringLiteral("马以琳"), EntityType::Person));
}

TEST_F(MentionFinderTest, ColleagueBeforeANameIsAPersonCue)
{
    EXPECT_TRUE(hasName(names(QStringLiteral("他与老同事韩若溪一起离开。")), QStringLiteral("韩若溪"), EntityType::Person));
}

TEST_F(MentionFinderTest, RelationWordAfterAYearOpensTheCompanyName)
{
    EXPECT_TRUE(hasName(names(QStringLiteral("张明远于2019年创办矽澄科技。")), QStringLiteral("矽澄科技"), EntityType::Organization));
}

TEST_F(MentionFinderTest, YuBeforeATimeIsNoSurname)
{
    for (const Mention &x : names(QStringLiteral("其大模型“澜思2.0”于今年9月发布。")))
        EXPECT_NE(x.type, EntityType::Person) << x.surface.toStdString();
}

TEST_F(MentionFinderTest, DescriptionNounBeginningWithAStopCharacterIsNoPartOfTheName)
{
    const auto m = names(QStringLiteral("他同日轉戰同業鈺衡半導體。"));
    EXPECT_TRUE(hasName(m, QStringLiteral("钰衡半导体"), EntityType::Organization));
    for (const Mention &x : m)
        EXPECT_NE(x.surface, QStringLiteral("业钰衡半导体")) << x.surface.toStdString();
}

TEST_F(MentionFinderTest, FactoryWordEndsADescriptionBeforeTheName)
{
    EXPECT_TRUE(hasName(names(QStringLiteral("IC设计厂矽澈科技人事生变。")), QStringLiteral("矽澈科技"), EntityType::Organization));
}

TEST_F(MentionFinderTest, NameFollowedByADescriptionNounAndAnotherNameIsADescription)
{
    const auto m = names(QStringLiteral("家庭服务机器人企业栖木机器人完成融资。"));
    EXPECT_TRUE(hasName(m, QStringLiteral("栖木机器人"), EntityType::Organization));
    for (const Mention &x : m)
        EXPECT_NE(x.surface, QStringLiteral("庭服务机器人")) << x.surface.toStdString();
}

TEST_F(MentionFinderTest, PartyWordBeforeACompanyIsNoPartOfItsName)
{
    const auto m = names(QStringLiteral("法院判令其赔偿原告云杉智能股份有限公司经济损失。"));
    EXPECT_TRUE(hasName(m, QStringLiteral("云杉智能股份有限公司"), EntityType::Organization));
}

TEST_F(MentionFinderTest, InvestmentInARegisteredNameIsItsBusiness)
{
    EXPECT_TRUE(hasName(names(QStringLiteral("之江国有资本投资有限公司宣布设立新基金。")), QStringLiteral("之江国有资本投资有限公司"),
                        EntityType::Organization));
}

TEST_F(MentionFinderTest, CharacterBeforeAnAspectParticleEndsATwoCharacterName)
{
    const auto m = names(QStringLiteral("2024年5月，算法负责人闵可带着十余人的团队跳槽。"));
    EXPECT_TRUE(hasName(m, QStringLiteral("闵可"), EntityType::Person));
    EXPECT_FALSE(hasName(m, QStringLiteral("闵可带"), EntityType::Person));
}

TEST_F(MentionFinderTest, RoommateBeforeANameIsAPersonCue)
{
    EXPECT_TRUE(hasName(names(QStringLiteral("他拉上大学室友彭若愚一起创业。")), QStringLiteral("彭若愚"), EntityType::Person));
}

TEST_F(MentionFinderTest, VerbBeforeAUniversityIsNoName)
{
    const WordDictionary dict = WordDictionary::fromText(QStringLiteral("考上 483 v\n"));
    for (const Mention &x : names(QStringLiteral("他十七岁那年考上大学。"), &dict))
        EXPECT_NE(x.type, EntityType::Organization) << x.surface.toStdString();
}

TEST_F(MentionFinderTest, VersionIsNoAmountOrYear)
{
    EXPECT_EQ(MentionFinder::versionLength(u"渊问4.0和", 2, 6), 3);
    EXPECT_EQ(MentionFinder::versionLength(u"腾讯2024年", 2, 7), 0);
    EXPECT_EQ(MentionFinder::versionLength(u"腾讯3.5亿", 2, 6), 0);
}

TEST_F(MentionFinderTest, BrandWithAVersionAfterAProductWordIsAProduct)
{
    EXPECT_TRUE(hasName(names(QStringLiteral("机器人事业部推出第一代人形机器人天枢-1。")), QStringLiteral("天枢-1"),
                        EntityType::Product));
}

TEST_F(MentionFinderTest, OrdinalAfterALaunchIsNoBrand)
{
    for (const Mention &x : names(QStringLiteral("公司推出了首款产品和下一代大模型。")))
        EXPECT_NE(x.type, EntityType::Product) << x.surface.toStdString();
}

TEST_F(MentionFinderTest, SuffixBeginningAProductWordEndsNoCompany)
{
    const auto m = names(QStringLiteral("星岚科技靠智能音箱“岚语”起家。"));
    EXPECT_TRUE(hasName(m, QStringLiteral("星岚科技"), EntityType::Organization));
    EXPECT_TRUE(hasName(m, QStringLiteral("岚语"), EntityType::Product));
}

TEST_F(MentionFinderTest, CompanyThenAVerbInsideARunIsAClause)
{
    const WordDictionary dict = WordDictionary::fromText(QStringLiteral("分拆 84 v\n"));
    const auto m = names(QStringLiteral("驰远汽车分拆机器人业务已经完成。"), &dict);
    EXPECT_TRUE(hasName(m, QStringLiteral("驰远汽车"), EntityType::Organization));
    for (const Mention &x : m)
        EXPECT_NE(x.surface, QStringLiteral("驰远汽车分拆机器人")) << x.surface.toStdString();
}

TEST_F(MentionFinderTest, AdverbAndVerbAfterADescriptionLeaveNoName)
{
    const WordDictionary dict = WordDictionary::fromText(QStringLiteral("持有 1623 v\n"));
    for (const Mention &x : names(QStringLiteral("该公司仍持有公司股份。"), &dict))
        EXPECT_NE(x.type, EntityType::Organization) << x.surface.toStdString();
}

TEST_F(MentionFinderTest, FrequentWordAfterATitleIsNoName)
{
    const WordDictionary dict = WordDictionary::fromText(QStringLiteral("毕业 5988 n\n严峻 1241 a\n"));
    EXPECT_FALSE(hasName(names(QStringLiteral("贺川博士毕业于清华大学。"), &dict), QStringLiteral("毕业"), EntityType::Person));
    EXPECT_TRUE(hasName(names(QStringLiteral("联合创始人严峻离职。"), &dict), QStringLiteral("严峻"), EntityType::Person));
}

TEST_F(MentionFinderTest, FrequentWordAtTheThirdCharacterEndsATwoCharacterName)
{
    const WordDictionary dict = WordDictionary::fromText(QStringLiteral("汇报 1563 nz\n"));
    const auto m = names(QStringLiteral("三位副总裁均向CEO温朔汇报。"), &dict);
    EXPECT_TRUE(hasName(m, QStringLiteral("温朔"), EntityType::Person));
    EXPECT_FALSE(hasName(m, QStringLiteral("温朔汇"), EntityType::Person));
}

TEST_F(MentionFinderTest, NameMiddleCharacterEndsAListedThreeCharacterName)
{
    EXPECT_TRUE(hasName(names(QStringLiteral("公司任命王牧之、宋嘉遥为副总裁。")), QStringLiteral("王牧之"), EntityType::Person));
}

TEST_F(MentionFinderTest, FormerOpensAPostNotAName)
{
    for (const Mention &x : names(QStringLiteral("任命宋嘉遥及原安全与合规负责人柏雯为副总裁。")))
        EXPECT_NE(x.surface, QStringLiteral("原安全")) << x.surface.toStdString();
}

TEST_F(MentionFinderTest, UnknownUsDistrictCourtIsACourt)
{
    const auto m = names(QStringLiteral("佛蒙特州东区联邦地区法院作出判决。"));
    ASSERT_TRUE(hasName(m, QStringLiteral("佛蒙特州东区联邦地区法院"), EntityType::Organization));
    for (const Mention &x : m) {
        if (x.surface == QStringLiteral("佛蒙特州东区联邦地区法院")) {
            EXPECT_EQ(x.kind, OrgKind::Court);
        }
    }
}

TEST_F(MentionFinderTest, ProsecutorsOfficeIsAGovernmentBody)
{
    const auto m = names(QStringLiteral("新竹地檢署日前偵結此案。"));
    ASSERT_TRUE(hasName(m, QStringLiteral("新竹地检署"), EntityType::Organization));
}

TEST_F(MentionFinderTest, VerbBeforeACourtEndsItsName)
{
    const WordDictionary dict = WordDictionary::fromText(QStringLiteral("移送 172 v\n"));
    const auto m = names(QStringLiteral("全案移送新竹地方法院审理。"), &dict);
    EXPECT_TRUE(hasName(m, QStringLiteral("新竹地方法院"), EntityType::Organization));
}

TEST_F(MentionFinderTest, RelationWordInsideARunEndsWhatCameBefore)
{
    const auto m = names(QStringLiteral("两人同年即双双跳槽钰衡半导体。"));
    EXPECT_TRUE(hasName(m, QStringLiteral("钰衡半导体"), EntityType::Organization));
}

TEST_F(MentionFinderTest, FoundingACompanyDescribedByItsBusinessNamesNone)
{
    for (const Mention &x : names(QStringLiteral("澄岳科技与云港集团合资成立算力公司。")))
        EXPECT_NE(x.surface, QStringLiteral("算力公司")) << x.surface.toStdString();
}

TEST_F(MentionFinderTest, FamilyOfficeIsACompany)
{
    EXPECT_TRUE(hasName(names(QStringLiteral("嘉霖家族办公室由庄颂恩于2019年创立。")), QStringLiteral("嘉霖家族办公室"),
                        EntityType::Organization));
}

TEST_F(MentionFinderTest, StateFundNameKeepsItsCountryAndItsVerb)
{
    const WordDictionary dict = WordDictionary::fromText(QStringLiteral("升级 3593 vn\n制造 3000 v\n"));
    EXPECT_TRUE(hasName(names(QStringLiteral("本轮由高瓴创投领投，国家制造业转型升级基金参投。"), &dict),
                        QStringLiteral("国家制造业转型升级基金"), EntityType::Organization));
}

TEST_F(MentionFinderTest, RareSurnameAfterAnAppointingVerbIsAPerson)
{
    EXPECT_TRUE(hasName(names(QStringLiteral("途灵科技今日宣布任命祁牧之为集团副总裁。")), QStringLiteral("祁牧之"),
                        EntityType::Person));
}

TEST_F(MentionFinderTest, NameBeforeACopulaAndATitleIsAPerson)
{
    EXPECT_TRUE(hasName(names(QStringLiteral("直到2023年底，钟以宁还是视语科技的总裁。")), QStringLiteral("钟以宁"),
                        EntityType::Person));
    EXPECT_TRUE(hasName(names(QStringLiteral("张伟是视语科技的总裁。")), QStringLiteral("张伟"), EntityType::Person));
}

TEST_F(MentionFinderTest, NameBeforeACopulaWithoutATitleIsNoPerson)
{
    EXPECT_FALSE(hasName(names(QStringLiteral("张伟是视语科技的老朋友。")), QStringLiteral("张伟"), EntityType::Person));
}

TEST_F(MentionFinderTest, HoldingCompanyFormEndsTheRegisteredName)
{
    EXPECT_TRUE(hasName(names(QStringLiteral("星瀚智算科技控股有限公司昨日公布招股详情。")),
                        QStringLiteral("星瀚智算科技控股有限公司"), EntityType::Organization));
    EXPECT_TRUE(hasName(names(QStringLiteral("星瀚科技发展有限公司昨日公布业绩。")), QStringLiteral("星瀚科技发展有限公司"),
                        EntityType::Organization));
}

TEST_F(MentionFinderTest, JuOfShujuInsideARegisteredNameIsNoStop)
{
    EXPECT_TRUE(hasName(names(QStringLiteral("上海瀚云数据服务有限公司于2022年被收购。")),
                        QStringLiteral("上海瀚云数据服务有限公司"), EntityType::Organization));
}

TEST_F(MentionFinderTest, KnownShortNameClosingAnUnknownBrandIsPartOfIt)
{
    const auto found = names(QStringLiteral("张伟在北京联合创办了深维智元。"));
    EXPECT_TRUE(hasName(found, QStringLiteral("深维智元"), EntityType::Organization));
}

TEST_F(MentionFinderTest, StartupAfterTaiwaneseXinchuangDescriptionIsAnOrganisation)
{
    EXPECT_TRUE(hasName(names(QStringLiteral("林柏宇離開聯發科，共同創辦邊緣AI晶片新創耕芯，主攻低功耗推論晶片。")),
                        QStringLiteral("耕芯"), EntityType::Organization));
}

TEST_F(MentionFinderTest, CountBeforeASuffixIsNoName)
{
    const auto found = names(QStringLiteral("以下是今日值得关注的三条AI行业动态。"));
    EXPECT_FALSE(hasName(found, QStringLiteral("三条AI"), EntityType::Organization));
}

TEST_F(MentionFinderTest, LatinNameBeforeXilieIsAProductSeries)
{
    EXPECT_TRUE(hasName(names(QStringLiteral("公司今年已陆续发布多款Step系列模型。")), QStringLiteral("Step"),
                        EntityType::Product));
}

TEST_F(MentionFinderTest, JiJoiningTwoTitlesOpensNoName)
{
    const auto found = names(QStringLiteral("澄光運算創辦人暨執行長林柏宇一邊調整簡報。"));
    EXPECT_TRUE(hasName(found, QStringLiteral("林柏宇"), EntityType::Person));
    EXPECT_FALSE(hasName(found, QStringLiteral("暨执行"), EntityType::Person));
}

TEST_F(MentionFinderTest, NameEndingInTouziBeforeARoundVerbAfterYouIsAnInvestor)
{
    EXPECT_TRUE(hasName(names(QStringLiteral("本轮由国家发展基金与台杉投资共同领投。")), QStringLiteral("台杉投资"),
                        EntityType::Organization));
}

TEST_F(MentionFinderTest, NameClosingTheClauseAfterASuitVerbIsAPerson)
{
    EXPECT_TRUE(hasName(names(QStringLiteral("驰衡机器人向杭州市中级人民法院起诉邵峻。")), QStringLiteral("邵峻"),
                        EntityType::Person));
}

TEST_F(MentionFinderTest, QuotedNameAfterPingtaiIsAProduct)
{
    EXPECT_TRUE(hasName(names(QStringLiteral("公司主打企业智算平台「星瀚云」。")), QStringLiteral("星瀚云"),
                        EntityType::Product));
}

TEST_F(MentionFinderTest, JinruBeforeAPhraseNamesNoOrganisation)
{
    for (const Mention &x : names(QStringLiteral("有自媒体称，交易已进入尽调阶段。")))
        EXPECT_NE(x.type, EntityType::Organization) << x.surface.toStdString();
}

TEST_F(MentionFinderTest, QuotedBrandWithTwoLatinWordsIsOneProduct)
{
    EXPECT_TRUE(hasName(names(QStringLiteral("公司上线了企业Agent开发平台「枢衡Agent Studio」1.0版本。")),
                        QStringLiteral("枢衡Agent Studio"), EntityType::Product));
}

TEST_F(MentionFinderTest, EverydayVerbInsideASuffixRunMakesItAClause)
{
    const WordDictionary dict = WordDictionary::fromText(QStringLiteral("负责 39000 v\n涵盖 1200 v\n"));
    for (const QString &text : {QStringLiteral("这段时间，芷若会全面负责公司运营。"), QStringLiteral("客户涵盖银行、物流及零售业。")})
        for (const Mention &x : names(text, &dict))
            EXPECT_NE(x.type, EntityType::Organization) << x.surface.toStdString();
}

TEST_F(MentionFinderTest, WeiAfterAThirdNameCharacterBoundsAThreeCharacterName)
{
    // 明为 is a rare verb of the dictionary, 成为 a common one.
    const WordDictionary dict = WordDictionary::fromText(QStringLiteral("明为 3 v\n成为 50000 v\n"));
    EXPECT_TRUE(hasName(names(QStringLiteral("董事会同意聘任副总经理罗启明为公司总经理。"), &dict),
                        QStringLiteral("罗启明"), EntityType::Person));
    EXPECT_TRUE(hasName(names(QStringLiteral("副总经理王强成为公司总经理。"), &dict), QStringLiteral("王强"),
                        EntityType::Person));
}

TEST_F(MentionFinderTest, ACompanyBeforeGongGaoIsAnOrganisation)
{
    EXPECT_TRUE(hasName(names(QStringLiteral("华拓芯联公告，公司董事会收到董事会秘书的辞职报告。")),
                        QStringLiteral("华拓芯联"), EntityType::Organization));
    EXPECT_TRUE(hasName(names(QStringLiteral("恒翔信联昨晚公告，公司拟收购锐驰传感。")), QStringLiteral("恒翔信联"),
                        EntityType::Organization));
}

TEST_F(MentionFinderTest, OneOrganisationHeadBeforeAnotherNamesABusinessLine)
{
    EXPECT_FALSE(hasName(names(QStringLiteral("庞雪出任数据智能部门负责人。")), QStringLiteral("数据智能"),
                         EntityType::Organization));
    EXPECT_FALSE(hasName(names(QStringLiteral("他是百度集团副总裁、智能云事业群总裁。")), QStringLiteral("智能云"),
                         EntityType::Organization));
    EXPECT_TRUE(hasName(names(QStringLiteral("庞雪加入了星澜智能。")), QStringLiteral("星澜智能"),
                        EntityType::Organization));
}

TEST_F(MentionFinderTest, NameAfterDuiAndBeforeASuitVerbIsAPerson)
{
    EXPECT_TRUE(hasName(names(QStringLiteral("矽岭科技去年10月在新竹地院对赖冠宇提起民事诉讼。")), QStringLiteral("赖冠宇"),
                        EntityType::Person));
}

TEST_F(MentionFinderTest, TheAforesaidPostIsNoOrganisation)
{
    EXPECT_FALSE(hasName(names(QStringLiteral("黄蕾因个人原因辞去上述职务。")), QStringLiteral("上述职务"),
                         EntityType::Organization));
}

TEST_F(MentionFinderTest, AWordForWhatACompanyMakesBeforeTheSuffixNamesNone)
{
    EXPECT_FALSE(hasName(names(QStringLiteral("宋屿创办了一家AI硬件公司。")), QStringLiteral("硬件公司"),
                         EntityType::Organization));
    EXPECT_FALSE(hasName(names(QStringLiteral("他加入了一家芯片公司。")), QStringLiteral("芯片公司"),
                         EntityType::Organization));
}

TEST_F(MentionFinderTest, AShortQuotedNameAfterADescriptionEndingInGongsiIsTheCompany)
{
    EXPECT_TRUE(hasName(names(QStringLiteral("他官宣了自己的新公司——AI硬件公司「青桐」。")), QStringLiteral("青桐"),
                        EntityType::Organization));
    // A saying after the subject 公司, a product after the pronoun 该公司.
    EXPECT_FALSE(hasName(names(QStringLiteral("他表示，公司“不会放弃自研”。")), QStringLiteral("不会放弃自研"),
                         EntityType::Organization));
    EXPECT_FALSE(hasName(names(QStringLiteral("他是该公司“灵眸”感知系统的开发者。")), QStringLiteral("灵眸"),
                         EntityType::Organization));
}

TEST_F(MentionFinderTest, AQuotedNameAfterAToolOrAHardwareWordIsAProduct)
{
    EXPECT_TRUE(hasName(names(QStringLiteral("核心产品是会议转写工具“声语听写”。")), QStringLiteral("声语听写"),
                        EntityType::Product));
    EXPECT_TRUE(hasName(names(QStringLiteral("首款产品是一款AI陪伴硬件「小桐」。")), QStringLiteral("小桐"),
                        EntityType::Product));
}

TEST_F(MentionFinderTest, ANameBeforeZaiOrCongAKnownCompanyAndARelationWordIsAPerson)
{
    // (The fixture's lexicon knows 阿里巴巴 and 智元.)
    EXPECT_TRUE(hasName(names(QStringLiteral("张伟在阿里巴巴待满四年后转投智元。")), QStringLiteral("张伟"),
                        EntityType::Person));
    EXPECT_TRUE(hasName(names(QStringLiteral("李明从阿里巴巴离职。")), QStringLiteral("李明"), EntityType::Person));
    // No company between: 高新在北京 is no pattern of a person's career.
    EXPECT_FALSE(hasName(names(QStringLiteral("高新在北京举行发布会。")), QStringLiteral("高新"), EntityType::Person));
}

TEST_F(MentionFinderTest, AnEverydayHeadBeforeANounDescribesThatNoun)
{
    const WordDictionary *dictionary = &WordDictionary::standard();
    EXPECT_FALSE(hasName(names(QStringLiteral("为扩充北美AI服务器产能，公司增资。"), dictionary), QStringLiteral("北美AI"),
                         EntityType::Organization));
    // A verb after it leaves the name.
    EXPECT_TRUE(hasName(names(QStringLiteral("百川AI发布了新模型。"), dictionary), QStringLiteral("百川AI"),
                        EntityType::Organization));
}

TEST_F(MentionFinderTest, ATransliteratedNameMayEndOnAOneCharacterChineseSurname)
{
    const auto m = names(QStringLiteral("亚马逊挖走了首席执行官戴维·栾（David Luan）。"));
    EXPECT_TRUE(hasName(m, QStringLiteral("戴维·栾"), EntityType::Person));
    EXPECT_FALSE(hasName(m, QStringLiteral("戴维"), EntityType::Person));
}

TEST_F(MentionFinderTest, NamesListedBeforeDengAndAWordForPeopleArePeople)
{
    const auto m = names(QStringLiteral("此前，李先刚、黄文灏等核心技术成员也已先后离开。"));
    EXPECT_TRUE(hasName(m, QStringLiteral("李先刚"), EntityType::Person));
    EXPECT_TRUE(hasName(m, QStringLiteral("黄文灏"), EntityType::Person));
    EXPECT_TRUE(hasName(names(QStringLiteral("王立强和周启明等人随后离职。")), QStringLiteral("周启明"), EntityType::Person));
    // 等人工智能公司: no people.
    EXPECT_FALSE(hasName(names(QStringLiteral("商汤、旷视等人工智能公司。")), QStringLiteral("旷视"), EntityType::Person));
}
