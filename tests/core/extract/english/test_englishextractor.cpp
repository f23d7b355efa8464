#include "extract/extractor.h"

#include <QString>

#include <gtest/gtest.h>

using namespace Guanxi;

namespace {

const Extractor &extractor()
{
    static const auto created = Extractor::create();
    EXPECT_TRUE(created) << (created ? "" : created.error().toString().toStdString());
    return **created;
}

GraphDocument read(const QString &text, QDate published = QDate(2024, 8, 7), const QString &language = {})
{
    ExtractRequest request{QStringLiteral("test.txt"), published, language};
    auto doc = extractor().extractText(text, request);
    EXPECT_TRUE(doc);
    return doc ? *doc : GraphDocument{};
}

const Entity *byName(const GraphDocument &doc, const QString &name)
{
    for (const Entity &e : doc.entities)
        if (e.name == name)
            return &e;
    return nullptr;
}

bool hasRelation(const GraphDocument &doc, RelationType type, const QString &source, const QString &target)
{
    const Entity *s = byName(doc, source);
    const Entity *t = byName(doc, target);
    if (!s || !t)
        return false;
    for (const Relation &r : doc.relations)
        if (r.type == type && r.source == s->key && r.target == t->key)
            return true;
    return false;
}

const Relation *relation(const GraphDocument &doc, RelationType type, const QString &source, const QString &target)
{
    const Entity *s = byName(doc, source);
    const Entity *t = byName(doc, target);
    for (const Relation &r : doc.relations)
        if (s && t && r.type == type && r.source == s->key && r.target == t->key)
            return &r;
    return nullptr;
}

} // namespace

TEST(EnglishExtractor, EnglishTextIsDetectedAsEnglish)
{
    EXPECT_EQ(read(QStringLiteral("Sam Altman joined OpenAI in 2019.")).info.language, QStringLiteral("en"));
}

TEST(EnglishExtractor, LexiconNamesAreCanonical)
{
    const auto doc = read(QStringLiteral("Sutskever left OpenAI in May."));
    EXPECT_NE(byName(doc, QStringLiteral("Ilya Sutskever")), nullptr);
    EXPECT_TRUE(hasRelation(doc, RelationType::Left, QStringLiteral("Ilya Sutskever"), QStringLiteral("OpenAI")));
}

TEST(EnglishExtractor, TitleBeforeANameIsNotPartOfIt)
{
    const auto doc = read(QStringLiteral("Acme Robotics Chief Executive Jane Doerr said the startup would hire."));
    EXPECT_NE(byName(doc, QStringLiteral("Jane Doerr")), nullptr);
    EXPECT_TRUE(hasRelation(doc, RelationType::WorksAt, QStringLiteral("Jane Doerr"), QStringLiteral("Acme Robotics")));
}

TEST(EnglishExtractor, HonorificAndPossessiveFindTheSamePerson)
{
    const auto doc = read(QStringLiteral("Mr. Altman's company said Altman would stay."));
    int count = 0;
    for (const Entity &e : doc.entities)
        count += e.name == QStringLiteral("Sam Altman");
    EXPECT_EQ(count, 1);
}

TEST(EnglishExtractor, OrganisationSuffixMakesAnOrganisation)
{
    const auto doc = read(QStringLiteral("Jane Doerr founded Bluefin Labs in 2021 with backing from Harbor Ventures."));
    const Entity *labs = byName(doc, QStringLiteral("Bluefin Labs"));
    ASSERT_NE(labs, nullptr);
    EXPECT_EQ(labs->type, EntityType::Organization);
    EXPECT_TRUE(hasRelation(doc, RelationType::Founded, QStringLiteral("Jane Doerr"), QStringLiteral("Bluefin Labs")));
}

TEST(EnglishExtractor, ProductWithAVersionIsAProduct)
{
    const auto doc = read(QStringLiteral("Bluefin Labs released Heron 2.5 on Monday."));
    const Entity *heron = byName(doc, QStringLiteral("Heron 2.5"));
    ASSERT_NE(heron, nullptr);
    EXPECT_EQ(heron->type, EntityType::Product);
    EXPECT_TRUE(hasRelation(doc, RelationType::Develops, QStringLiteral("Bluefin Labs"), QStringLiteral("Heron 2.5")));
}

TEST(EnglishExtractor, PersonPronounTakesTheLastSubject)
{
    const auto doc = read(QStringLiteral("Sutskever left OpenAI in May. He later founded Safe Superintelligence."));
    EXPECT_TRUE(hasRelation(doc, RelationType::Founded, QStringLiteral("Ilya Sutskever"), QStringLiteral("Safe Superintelligence")));
}

TEST(EnglishExtractor, CompanyPronounAsObjectIsNotTheSubject)
{
    const auto doc = read(QStringLiteral("Anthropic is raising money. Amazon invested $4 billion in the company."));
    const Relation *r = relation(doc, RelationType::InvestedIn, QStringLiteral("Amazon"), QStringLiteral("Anthropic"));
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(r->amount, QStringLiteral("$4 billion"));
}

TEST(EnglishExtractor, DenialDropsTheFact)
{
    const auto doc = read(QStringLiteral("Microsoft denied that it had invested in Mistral AI."));
    EXPECT_FALSE(hasRelation(doc, RelationType::InvestedIn, QStringLiteral("Microsoft"), QStringLiteral("Mistral AI")));
}

TEST(EnglishExtractor, ModalDropsTheFact)
{
    const auto doc = read(QStringLiteral("Microsoft may invest in Mistral AI."));
    EXPECT_FALSE(hasRelation(doc, RelationType::InvestedIn, QStringLiteral("Microsoft"), QStringLiteral("Mistral AI")));
}

TEST(EnglishExtractor, ReportedFactIsKeptWithLowerConfidence)
{
    const auto doc = read(QStringLiteral("Microsoft reportedly invested $10 billion in OpenAI."));
    const Relation *r = relation(doc, RelationType::InvestedIn, QStringLiteral("Microsoft"), QStringLiteral("OpenAI"));
    ASSERT_NE(r, nullptr);
    EXPECT_LT(r->confidence, 0.9);
}

TEST(EnglishExtractor, PassiveFoundingNamesEveryFounder)
{
    const auto doc = read(QStringLiteral("Safe Superintelligence was founded by Ilya Sutskever, Daniel Gross and Daniel Levy in June."));
    for (const QString &who : {QStringLiteral("Ilya Sutskever"), QStringLiteral("Daniel Gross"), QStringLiteral("Daniel Levy")}) {
        const Relation *r = relation(doc, RelationType::Founded, who, QStringLiteral("Safe Superintelligence"));
        ASSERT_NE(r, nullptr) << who.toStdString();
        EXPECT_EQ(r->time.toString(), QStringLiteral("2024-06"));
    }
}

TEST(EnglishExtractor, HiredMeansTheHiredPersonJoined)
{
    const auto doc = read(QStringLiteral("Microsoft hired Mustafa Suleyman on Tuesday."));
    const Relation *r = relation(doc, RelationType::Joined, QStringLiteral("Mustafa Suleyman"), QStringLiteral("Microsoft"));
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(r->time.toString(), QStringLiteral("2024-08-06"));
}

TEST(EnglishExtractor, SteppedDownAsGivesTheRole)
{
    const auto doc = read(QStringLiteral("Emad Mostaque stepped down as chief executive of Stability AI in March."));
    const Relation *r = relation(doc, RelationType::Left, QStringLiteral("Emad Mostaque"), QStringLiteral("Stability AI"));
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(r->role, QStringLiteral("chief executive"));
}

TEST(EnglishExtractor, SabbaticalIsALeave)
{
    const auto doc = read(QStringLiteral("Greg Brockman, OpenAI's president, is taking a sabbatical for a year."));
    const Relation *r = relation(doc, RelationType::OnLeave, QStringLiteral("Greg Brockman"), QStringLiteral("OpenAI"));
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(r->duration, QStringLiteral("P1Y"));
}

TEST(EnglishExtractor, LawsuitHasPartiesCourtAndStatus)
{
    const auto doc = read(QStringLiteral(
        "Elon Musk sued OpenAI and Sam Altman in a California state court in February. Musk dropped the lawsuit in June."));
    const Entity *suit = nullptr;
    for (const Entity &e : doc.entities)
        if (e.type == EntityType::Lawsuit)
            suit = &e;
    ASSERT_NE(suit, nullptr);
    EXPECT_EQ(suit->court, QStringLiteral("California state court"));
    EXPECT_EQ(suit->status, LawsuitStatus::Withdrawn);
    EXPECT_TRUE(hasRelation(doc, RelationType::PlaintiffIn, QStringLiteral("Elon Musk"), suit->name));
    EXPECT_TRUE(hasRelation(doc, RelationType::DefendantIn, QStringLiteral("Sam Altman"), suit->name));
}

TEST(EnglishExtractor, RivalNounLinksTheTwoCompanies)
{
    const auto doc = read(QStringLiteral("OpenAI rival Anthropic released Claude 3 in March."));
    EXPECT_TRUE(hasRelation(doc, RelationType::CompetitorOf, QStringLiteral("OpenAI"), QStringLiteral("Anthropic"))
                || hasRelation(doc, RelationType::CompetitorOf, QStringLiteral("Anthropic"), QStringLiteral("OpenAI")));
}

TEST(EnglishExtractor, UnitOfIsASubsidiary)
{
    const auto doc = read(QStringLiteral("Google DeepMind, a unit of Alphabet, released Gemini."));
    EXPECT_TRUE(hasRelation(doc, RelationType::SubsidiaryOf, QStringLiteral("Google DeepMind"), QStringLiteral("Alphabet")));
}

TEST(EnglishExtractor, MixedPageReadsEachParagraphInItsLanguage)
{
    const auto doc = read(QStringLiteral(
        "OpenAI联合创始人苏茨克维今年5月离开了OpenAI，随后创立了安全超级智能公司，公司总部位于美国加州帕洛阿尔托和以色列特拉维夫，目前专注于研究安全的超级智能。\n\n"
        "Microsoft hired Mustafa Suleyman on Tuesday to lead its consumer AI unit, the company said in a statement.\n"));
    EXPECT_TRUE(hasRelation(doc, RelationType::Left, QStringLiteral("Ilya Sutskever"), QStringLiteral("OpenAI")));
    EXPECT_TRUE(hasRelation(doc, RelationType::Joined, QStringLiteral("Mustafa Suleyman"), QStringLiteral("Microsoft")));
}

TEST(EnglishExtractor, LanguageCanBeForced)
{
    const auto doc = read(QStringLiteral("Microsoft hired Mustafa Suleyman."), QDate(2024, 8, 7), QStringLiteral("zh"));
    EXPECT_EQ(doc.info.language, QStringLiteral("zh"));
}

TEST(EnglishExtractor, QuitIsADeparture)
{
    const auto doc = read(QStringLiteral("Acme Robotics co-founder Jane Doerr quit the company in March."));
    const Relation *r = relation(doc, RelationType::Left, QStringLiteral("Jane Doerr"), QStringLiteral("Acme Robotics"));
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(r->time.toString(), QStringLiteral("2024-03"));
    EXPECT_TRUE(hasRelation(doc, RelationType::Founded, QStringLiteral("Jane Doerr"), QStringLiteral("Acme Robotics")));
}

TEST(EnglishExtractor, FiredByIsADeparture)
{
    const auto doc = read(QStringLiteral("Bob Hale was fired by Nimbus Capital last week."));
    const Relation *r = relation(doc, RelationType::Left, QStringLiteral("Bob Hale"), QStringLiteral("Nimbus Capital"));
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(r->time.toString(), QStringLiteral("2024-W31"));
}

TEST(EnglishExtractor, RetiredFromIsADeparture)
{
    const auto doc = read(QStringLiteral("Carla Ruiz retired from Helix Labs in 2019."));
    EXPECT_TRUE(hasRelation(doc, RelationType::Left, QStringLiteral("Carla Ruiz"), QStringLiteral("Helix Labs")));
}

TEST(EnglishExtractor, CountersuitIsALawsuitWithTheCounterPlaintiff)
{
    const auto doc = read(QStringLiteral("Nimbus Capital countersued Helix Labs on Friday."));
    const Entity *suit = nullptr;
    for (const Entity &e : doc.entities)
        if (e.type == EntityType::Lawsuit)
            suit = &e;
    ASSERT_NE(suit, nullptr);
    EXPECT_TRUE(hasRelation(doc, RelationType::PlaintiffIn, QStringLiteral("Nimbus Capital"), suit->name));
    EXPECT_TRUE(hasRelation(doc, RelationType::DefendantIn, QStringLiteral("Helix Labs"), suit->name));
}

TEST(EnglishExtractor, AcquiredCompanyBecomesASubsidiary)
{
    const auto doc = read(QStringLiteral("Helix Labs acquired Pebble AI in 2021."));
    EXPECT_TRUE(hasRelation(doc, RelationType::SubsidiaryOf, QStringLiteral("Pebble AI"), QStringLiteral("Helix Labs")));
}

TEST(EnglishExtractor, PersonLaunchingACompanyFoundedIt)
{
    const auto doc = read(QStringLiteral("Dan Ortiz launched Quarry Systems in 2020."));
    const Relation *r = relation(doc, RelationType::Founded, QStringLiteral("Dan Ortiz"), QStringLiteral("Quarry Systems"));
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(r->time.toString(), QStringLiteral("2020"));
}

TEST(EnglishExtractor, LeaveOfAbsenceIsALeave)
{
    const auto doc = read(QStringLiteral("Greg Brockman took a leave of absence from OpenAI."));
    EXPECT_TRUE(hasRelation(doc, RelationType::OnLeave, QStringLiteral("Greg Brockman"), QStringLiteral("OpenAI")));
}

TEST(EnglishExtractor, RaisedFromNamesEveryInvestorWithTheAmount)
{
    const auto doc = read(QStringLiteral("Quarry Systems raised $20 million from Harbor Ventures and Sequoia Capital."));
    for (const QString &who : {QStringLiteral("Harbor Ventures"), QStringLiteral("Sequoia Capital")}) {
        const Relation *r = relation(doc, RelationType::InvestedIn, who, QStringLiteral("Quarry Systems"));
        ASSERT_NE(r, nullptr) << who.toStdString();
        EXPECT_EQ(r->amount, QStringLiteral("$20 million"));
    }
}

TEST(EnglishExtractor, RelativeTimesAreLeftOutWithoutAPublicationDate)
{
    const auto doc = read(QStringLiteral("Microsoft hired Mustafa Suleyman on Tuesday."), QDate());
    const Relation *r = relation(doc, RelationType::Joined, QStringLiteral("Mustafa Suleyman"), QStringLiteral("Microsoft"));
    ASSERT_NE(r, nullptr);
    EXPECT_FALSE(r->time.isValid());
}

TEST(EnglishExtractor, JoiningTheBoardJoinsTheCompanySpokenOf)
{
    const auto doc = read(QStringLiteral("OpenAI's board was overhauled in November. Larry Summers joined the board."));
    EXPECT_TRUE(hasRelation(doc, RelationType::Joined, QStringLiteral("Larry Summers"), QStringLiteral("OpenAI")));
}

TEST(EnglishExtractor, CompanyGivingUpItsBoardSeatLeaves)
{
    const auto doc = read(QStringLiteral("Microsoft has given up its observer seat on OpenAI's board. Apple will not join the board."));
    EXPECT_TRUE(hasRelation(doc, RelationType::Left, QStringLiteral("Microsoft"), QStringLiteral("OpenAI")));
    EXPECT_FALSE(hasRelation(doc, RelationType::Joined, QStringLiteral("Apple"), QStringLiteral("OpenAI")));
}

TEST(EnglishExtractor, TwoWordCompanyGoesOnByItsFirstWord)
{
    const auto doc = read(QStringLiteral("Corvane Automation makes warehouse robots. Jane Doerr joined Corvane in 2020."));
    EXPECT_TRUE(hasRelation(doc, RelationType::Joined, QStringLiteral("Jane Doerr"), QStringLiteral("Corvane Automation")));
    EXPECT_EQ(byName(doc, QStringLiteral("Corvane")), nullptr);
}

TEST(EnglishExtractor, ModelNumberAfterACompanysFirstWordIsAProduct)
{
    const auto doc = read(QStringLiteral("Corvane Automation makes warehouse robots. Its best seller is the Corvane X3."));
    const Entity *product = byName(doc, QStringLiteral("Corvane X3"));
    ASSERT_NE(product, nullptr);
    EXPECT_EQ(product->type, EntityType::Product);
}

TEST(EnglishExtractor, KnownCompanyWithABusinessHeadIsAUnitOfItsOwn)
{
    const auto doc = read(QStringLiteral("Kira Holm left Amazon Robotics in 2022."));
    EXPECT_TRUE(hasRelation(doc, RelationType::Left, QStringLiteral("Kira Holm"), QStringLiteral("Amazon Robotics")));
    EXPECT_EQ(byName(doc, QStringLiteral("Amazon")), nullptr);
}

TEST(EnglishExtractor, PassiveFoundingWithATimeBeforeByNamesTheFounders)
{
    const auto doc = read(QStringLiteral("Pellow Systems was founded in 2019 by Ana Ruiz, a former Google engineer, "
                                         "and Tom Baker, who previously worked at Meta."));
    const Relation *ruiz = relation(doc, RelationType::Founded, QStringLiteral("Ana Ruiz"), QStringLiteral("Pellow Systems"));
    ASSERT_NE(ruiz, nullptr);
    EXPECT_EQ(ruiz->time.toString(), QStringLiteral("2019"));
    EXPECT_TRUE(hasRelation(doc, RelationType::Founded, QStringLiteral("Tom Baker"), QStringLiteral("Pellow Systems")));
    EXPECT_FALSE(hasRelation(doc, RelationType::Founded, QStringLiteral("Google"), QStringLiteral("Pellow Systems")));
}

TEST(EnglishExtractor, DottedPlaceAfterTheIsNoPerson)
{
    const auto doc = read(QStringLiteral("Corvane Automation opened a plant in the U.K. last year."));
    EXPECT_EQ(byName(doc, QStringLiteral("U")), nullptr);
}

TEST(EnglishExtractor, RoleBeforeANameStillMakesAPerson)
{
    const auto doc = read(QStringLiteral("The board named director Orla Finch to lead Corvane Automation."));
    const Entity *finch = byName(doc, QStringLiteral("Orla Finch"));
    ASSERT_NE(finch, nullptr);
    EXPECT_EQ(finch->type, EntityType::Person);
}

TEST(EnglishExtractor, TitleSaidOfAFounderIsHeldAtTheCompanyFounded)
{
    const auto doc = read(QStringLiteral("Pellow Systems was founded by Ana Ruiz, a former Google engineer, in 2019. "
                                         "Ruiz is chief executive."));
    const Entity *ruiz = byName(doc, QStringLiteral("Ana Ruiz"));
    ASSERT_NE(ruiz, nullptr);
    QStringList heldAt; // the organisations where Ruiz is chief executive
    for (const Relation &r : doc.relations)
        if (r.type == RelationType::WorksAt && r.source == ruiz->key && r.role == QStringLiteral("chief executive"))
            for (const Entity &e : doc.entities)
                if (e.key == r.target)
                    heldAt.append(e.name);
    EXPECT_EQ(heldAt, QStringList{QStringLiteral("Pellow Systems")});
}

TEST(EnglishExtractor, HeadOfSalesIsARole)
{
    const auto doc = read(QStringLiteral("Pellow Systems said its head of sales, Tom Baker, will retire."));
    EXPECT_TRUE(hasRelation(doc, RelationType::WorksAt, QStringLiteral("Tom Baker"), QStringLiteral("Pellow Systems")));
}

TEST(EnglishExtractor, OwnersArmInAnInvestorListIsASubsidiaryNotAnInvestor)
{
    const auto doc = read(QStringLiteral("Pellow Systems raised $30 million from Orbis Capital and Kestrel Ventures, "
                                         "Qualcomm's venture capital arm."));
    EXPECT_TRUE(hasRelation(doc, RelationType::InvestedIn, QStringLiteral("Kestrel Ventures"), QStringLiteral("Pellow Systems")));
    EXPECT_TRUE(hasRelation(doc, RelationType::SubsidiaryOf, QStringLiteral("Kestrel Ventures"), QStringLiteral("Qualcomm")));
    EXPECT_FALSE(hasRelation(doc, RelationType::InvestedIn, QStringLiteral("Qualcomm"), QStringLiteral("Pellow Systems")));
}

TEST(EnglishExtractor, DatelineGivesWayToTheTimeOfTheFact)
{
    const auto doc = read(QStringLiteral("November 4, 2026 - Pellow Systems said on Tuesday it had raised $30 million "
                                         "from Orbis Capital."),
                          QDate(2026, 11, 4));
    const Relation *r = relation(doc, RelationType::InvestedIn, QStringLiteral("Orbis Capital"), QStringLiteral("Pellow Systems"));
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(r->time.toString(), QStringLiteral("2026-11-03"));
}

TEST(EnglishExtractor, DatelineAloneStillDatesTheFact)
{
    const auto doc = read(QStringLiteral("November 4, 2026 - Pellow Systems raised $30 million from Orbis Capital."),
                          QDate(2026, 11, 4));
    const Relation *r = relation(doc, RelationType::InvestedIn, QStringLiteral("Orbis Capital"), QStringLiteral("Pellow Systems"));
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(r->time.toString(), QStringLiteral("2026-11-04"));
}

TEST(EnglishExtractor, OneWordAfterATitleAndAtIsAnOrganisation)
{
    const auto doc = read(QStringLiteral("Pellow Systems hired Ana Ruiz, formerly head of sales at Quillo, as chief operating officer."));
    const Entity *quillo = byName(doc, QStringLiteral("Quillo"));
    ASSERT_NE(quillo, nullptr);
    EXPECT_EQ(quillo->type, EntityType::Organization);
    EXPECT_TRUE(hasRelation(doc, RelationType::WorksAt, QStringLiteral("Ana Ruiz"), QStringLiteral("Quillo")));
}

TEST(EnglishExtractor, OneWordAfterAtWithNoTitleIsNoName)
{
    const auto doc = read(QStringLiteral("Pellow Systems showed its robots at Automatica this week."));
    EXPECT_EQ(byName(doc, QStringLiteral("Automatica")), nullptr);
}

TEST(EnglishExtractor, OwnersDescribedProductNamedAfterACommaIsItsProduct)
{
    const auto doc = read(QStringLiteral("Pellow Systems's flagship robot, the Pellow P4, sorts parcels."));
    EXPECT_TRUE(hasRelation(doc, RelationType::Develops, QStringLiteral("Pellow Systems"), QStringLiteral("Pellow P4")));
}

TEST(EnglishExtractor, OwnersDescribedProductNamedWithNoArticleIsItsProduct)
{
    const auto doc = read(QStringLiteral("Tiller Labs raised $24 million. Tiller Labs's main product, Tiller Agents 3.1, shipped in October."));
    EXPECT_TRUE(hasRelation(doc, RelationType::Develops, QStringLiteral("Tiller Labs"), QStringLiteral("Tiller Agents 3.1")));
}

TEST(EnglishExtractor, NameRightAfterAnApostropheIsNoOwnerApposition)
{
    // Found by fuzzing: the next name began inside the "'s", before the owner phrase could.
    const auto doc = read(QStringLiteral("Microsoft, OpenAI'Sora arm, said it would ship."));
    EXPECT_FALSE(hasRelation(doc, RelationType::SubsidiaryOf, QStringLiteral("Microsoft"), QStringLiteral("OpenAI")));
}

TEST(EnglishExtractor, LoneWordDescribedAsAStartupIsACompany)
{
    const auto doc = read(QStringLiteral("Brindle, a three-year-old startup building billing agents, has raised $40 million."));
    const Entity *e = byName(doc, QStringLiteral("Brindle"));
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->type, EntityType::Organization);
}

TEST(EnglishExtractor, LoneWordThatWasFoundedIsACompany)
{
    const auto doc = read(QStringLiteral("Brindle was founded in 2021 by Ana Costa."));
    EXPECT_TRUE(hasRelation(doc, RelationType::Founded, QStringLiteral("Ana Costa"), QStringLiteral("Brindle")));
}

TEST(EnglishExtractor, LoneCapitalisedWordOpeningASentenceIsNoName)
{
    const auto doc = read(QStringLiteral("Yesterday, analysts said the market was crowded."));
    EXPECT_EQ(byName(doc, QStringLiteral("Yesterday")), nullptr);
}

TEST(EnglishExtractor, FounderNamedAfterAFormerEmployerAndTitleIsThePerson)
{
    const auto doc = read(QStringLiteral("It competes with Brindle, the startup co-founded by former Salesforce co-CEO Bret Taylor."));
    EXPECT_TRUE(hasRelation(doc, RelationType::Founded, QStringLiteral("Bret Taylor"), QStringLiteral("Brindle")));
    EXPECT_FALSE(hasRelation(doc, RelationType::Founded, QStringLiteral("Salesforce"), QStringLiteral("Brindle")));
}

TEST(EnglishExtractor, RoundLedByInvestorsIsTheRoundToldBefore)
{
    const auto doc = read(QStringLiteral("He left to start a rival venture, Brindle AI, which has raised $65 million in seed "
                                         "funding. The seed round was led by Orbis Capital, with participation from Lux Capital."));
    EXPECT_TRUE(hasRelation(doc, RelationType::InvestedIn, QStringLiteral("Orbis Capital"), QStringLiteral("Brindle AI")));
    EXPECT_TRUE(hasRelation(doc, RelationType::InvestedIn, QStringLiteral("Lux Capital"), QStringLiteral("Brindle AI")));
}

TEST(EnglishExtractor, ArmOfACompanyIsItsSubsidiaryAndTheOwnerNoInvestor)
{
    const auto doc = read(QStringLiteral("Brindle AI raised $20 million from Kestrel Ventures, the venture capital arm of "
                                         "chipmaker Qualcomm."));
    EXPECT_TRUE(hasRelation(doc, RelationType::SubsidiaryOf, QStringLiteral("Kestrel Ventures"), QStringLiteral("Qualcomm")));
    EXPECT_FALSE(hasRelation(doc, RelationType::InvestedIn, QStringLiteral("Qualcomm"), QStringLiteral("Brindle AI")));
}

TEST(EnglishExtractor, SuitAgainstAFormerPostIsAgainstWhoHeldItAndTheStartupTheyFounded)
{
    const auto doc = read(QStringLiteral(
        "Heliograph Systems sued its former chief technology officer and the startup he co-founded last year. "
        "Daniel Okafor joined Heliograph Systems in 2015 and was promoted to chief technology officer in 2021. "
        "He co-founded Tessellate Labs last October."));
    const Entity *suit = nullptr;
    for (const Entity &e : doc.entities)
        if (e.type == EntityType::Lawsuit)
            suit = &e;
    ASSERT_NE(suit, nullptr);
    EXPECT_TRUE(hasRelation(doc, RelationType::DefendantIn, QStringLiteral("Daniel Okafor"), suit->name));
    EXPECT_TRUE(hasRelation(doc, RelationType::DefendantIn, QStringLiteral("Tessellate Labs"), suit->name));
}

TEST(EnglishExtractor, CompanyWithALegalFormIsNamedByItsFirstWordLater)
{
    const auto doc = read(QStringLiteral("Corvane Semiconductor Inc. sued a rival on Monday. Marcus Haldane joined Corvane in 2014."));
    EXPECT_EQ(byName(doc, QStringLiteral("Corvane")), nullptr);
    EXPECT_TRUE(hasRelation(doc, RelationType::Joined, QStringLiteral("Marcus Haldane"),
                            QStringLiteral("Corvane Semiconductor Inc")));
}

TEST(EnglishExtractor, HeadlineCapitalsMakeNoPerson)
{
    const auto doc = read(QStringLiteral("Chipmaker Corvane Sues Ex-Engineer, Startup Over Memory Designs\n\n"
                                         "Corvane Semiconductor Inc. sued a former engineer on Monday."));
    EXPECT_EQ(byName(doc, QStringLiteral("Chipmaker Corvane Sues Ex-Engineer")), nullptr);
    EXPECT_EQ(byName(doc, QStringLiteral("Memory Designs")), nullptr);
}

TEST(EnglishExtractor, WordBeforeAJobTitleAndANameIsTheEmployer)
{
    const auto doc = read(QStringLiteral("\"Investors wanted a reset,\" said Bernstein analyst Rachel Lau on Tuesday."));
    const Entity *bernstein = byName(doc, QStringLiteral("Bernstein"));
    ASSERT_NE(bernstein, nullptr);
    EXPECT_EQ(bernstein->type, EntityType::Organization);
    EXPECT_TRUE(hasRelation(doc, RelationType::WorksAt, QStringLiteral("Rachel Lau"), QStringLiteral("Bernstein")));
}

TEST(EnglishExtractor, OfficerWithNoEmployerNamedWorksAtTheCompanyTheSentenceIsAbout)
{
    const auto doc = read(QStringLiteral("Corvane Semiconductor Inc. reported results on Tuesday. The company also said that "
                                         "Chief Financial Officer Martin Greaves will leave at the end of August."));
    EXPECT_TRUE(hasRelation(doc, RelationType::WorksAt, QStringLiteral("Martin Greaves"),
                            QStringLiteral("Corvane Semiconductor Inc")));
}

TEST(EnglishExtractor, AnalystWithNoEmployerNamedIsNotGivenOne)
{
    const auto doc = read(QStringLiteral("Corvane Semiconductor Inc. reported results on Tuesday. "
                                         "The results disappointed, said analyst Rachel Lau."));
    EXPECT_FALSE(hasRelation(doc, RelationType::WorksAt, QStringLiteral("Rachel Lau"),
                             QStringLiteral("Corvane Semiconductor Inc")));
}

TEST(EnglishExtractor, FoundersListedWithTheirTitlesAllFoundedIt)
{
    const auto doc = read(QStringLiteral("Fieldnote was founded in late 2022 by CEO Maya Castellanos and CTO Arjun Mehta."));
    EXPECT_TRUE(hasRelation(doc, RelationType::Founded, QStringLiteral("Maya Castellanos"), QStringLiteral("Fieldnote")));
    EXPECT_TRUE(hasRelation(doc, RelationType::Founded, QStringLiteral("Arjun Mehta"), QStringLiteral("Fieldnote")));
}

TEST(EnglishExtractor, InvestorAlsoParticipatingJoinsTheRound)
{
    const auto doc = read(QStringLiteral("Lumetric raised $45 million in a Series A round led by Sequoia Capital, "
                                         "with Lux Capital also participating."));
    EXPECT_TRUE(hasRelation(doc, RelationType::InvestedIn, QStringLiteral("Lux Capital"), QStringLiteral("Lumetric")));
}

TEST(EnglishExtractor, InvestorsJoiningTheLeadOfThatRoundJoinIt)
{
    const auto doc = read(QStringLiteral("Lumetric raised $45 million in a Series A round in March. "
                                         "Sequoia Capital led that round, joined by Lux Capital and Menlo Ventures."));
    EXPECT_TRUE(hasRelation(doc, RelationType::InvestedIn, QStringLiteral("Sequoia Capital"), QStringLiteral("Lumetric")));
    EXPECT_TRUE(hasRelation(doc, RelationType::InvestedIn, QStringLiteral("Lux Capital"), QStringLiteral("Lumetric")));
    EXPECT_TRUE(hasRelation(doc, RelationType::InvestedIn, QStringLiteral("Menlo Ventures"), QStringLiteral("Lumetric")));
}

TEST(EnglishExtractor, YearsAtACompanyIsWorkingThere)
{
    const auto doc = read(QStringLiteral("Marcus Haldane, who spent 11 years at Intel Corp., resigned in March."));
    EXPECT_TRUE(hasRelation(doc, RelationType::WorksAt, QStringLiteral("Marcus Haldane"), QStringLiteral("Intel")));
}

TEST(EnglishExtractor, TheCompanyAfterAFoundingIsTheNewCompany)
{
    const auto doc = read(QStringLiteral("Priya Raman left Google DeepMind in January. In March, Priya Raman founded "
                                         "Tessellate, a start-up that builds tools for proving theorems. The company "
                                         "raised $85 million in a round led by Sequoia Capital."));
    EXPECT_TRUE(hasRelation(doc, RelationType::InvestedIn, QStringLiteral("Sequoia Capital"), QStringLiteral("Tessellate")));
    EXPECT_FALSE(hasRelation(doc, RelationType::InvestedIn, QStringLiteral("Sequoia Capital"), QStringLiteral("Google DeepMind")));
}

TEST(EnglishExtractor, ACaseCaptionNamesTheSuitOfItsParties)
{
    const auto doc = read(QStringLiteral("Corvane Semiconductor Inc. sued Marcus Haldane on Monday in federal court. "
                                         "The case is Corvane Semiconductor Inc. v. Haldane, 5:26-cv-03317."));
    int suits = 0;
    for (const Entity &e : doc.entities)
        suits += e.type == EntityType::Lawsuit ? 1 : 0;
    EXPECT_EQ(suits, 1);
    const QString caption = QStringLiteral("Corvane Semiconductor Inc. v. Haldane");
    EXPECT_NE(byName(doc, caption), nullptr);
    EXPECT_TRUE(hasRelation(doc, RelationType::PlaintiffIn, QStringLiteral("Corvane Semiconductor Inc"), caption));
    EXPECT_TRUE(hasRelation(doc, RelationType::DefendantIn, QStringLiteral("Marcus Haldane"), caption));
}

TEST(EnglishExtractor, ACaseCaptionAloneIsASuit)
{
    const auto doc = read(QStringLiteral("Okafor left in March. The case is Heliograph Systems Inc v. Daniel Okafor et al, "
                                         "U.S. District Court for the Northern District of California."));
    const QString caption = QStringLiteral("Heliograph Systems Inc v. Daniel Okafor et al");
    EXPECT_TRUE(hasRelation(doc, RelationType::PlaintiffIn, QStringLiteral("Heliograph Systems Inc"), caption));
    EXPECT_TRUE(hasRelation(doc, RelationType::DefendantIn, QStringLiteral("Daniel Okafor"), caption));
}

TEST(EnglishExtractor, TheSecondFounderAfterARelativeClauseAboutTheFirstFoundedItToo)
{
    const auto doc = read(QStringLiteral("Kinetra Robotics makes humanoids. The start-up was set up in early 2023 by "
                                         "Lin Haoran, who spent four years at Tesla, and Ye Qing, a former researcher."));
    EXPECT_TRUE(hasRelation(doc, RelationType::Founded, QStringLiteral("Lin Haoran"), QStringLiteral("Kinetra Robotics")));
    EXPECT_TRUE(hasRelation(doc, RelationType::Founded, QStringLiteral("Ye Qing"), QStringLiteral("Kinetra Robotics")));
    EXPECT_FALSE(hasRelation(doc, RelationType::Founded, QStringLiteral("Tesla"), QStringLiteral("Kinetra Robotics")));
}

TEST(EnglishExtractor, RivalsNamedBeforeTheirOwnersNounAreItsRivals)
{
    const auto doc = read(QStringLiteral("Kinetra Robotics makes humanoids. Kinetra counts Unitree Robotics, "
                                         "UBTech Robotics and AgiBot among its main rivals."));
    for (const QString &rival : {QStringLiteral("UBTech Robotics"), QStringLiteral("AgiBot")})
        EXPECT_TRUE(hasRelation(doc, RelationType::CompetitorOf, QStringLiteral("Kinetra Robotics"), rival)) << rival.toStdString();
    EXPECT_FALSE(hasRelation(doc, RelationType::CompetitorOf, QStringLiteral("UBTech Robotics"), QStringLiteral("AgiBot")));
}

TEST(EnglishExtractor, HimIsThePersonNamedLastEvenAsAnObject)
{
    const auto doc = read(QStringLiteral("Nadia Farouk runs research at Resonant. ElevenLabs has gone after Adrian Kowalski "
                                         "before. Last summer, ElevenLabs sued him in Delaware."));
    EXPECT_TRUE(hasRelation(doc, RelationType::DefendantIn, QStringLiteral("Adrian Kowalski"),
                            QStringLiteral("ElevenLabs v. Adrian Kowalski")));
}

TEST(EnglishExtractor, NamesInTheGroundsOfASuitAreNoParties)
{
    const auto doc = read(QStringLiteral("ElevenLabs sued Adrian Kowalski in Delaware, arguing that he had recruited "
                                         "former colleagues, among them Tomasz Lis."));
    const Entity *lis = byName(doc, QStringLiteral("Tomasz Lis"));
    ASSERT_NE(lis, nullptr);
    for (const Relation &r : doc.relations)
        EXPECT_FALSE(r.type == RelationType::DefendantIn && r.source == lis->key);
    EXPECT_TRUE(hasRelation(doc, RelationType::DefendantIn, QStringLiteral("Adrian Kowalski"),
                            QStringLiteral("ElevenLabs v. Adrian Kowalski")));
}

TEST(EnglishExtractor, ANameBeforeAPossessiveTitleIsTheEmployer)
{
    const auto doc = read(QStringLiteral("The results were weak. Lisa Chen, Corvane's chief accounting officer, will serve "
                                         "as interim CFO."));
    EXPECT_TRUE(hasRelation(doc, RelationType::WorksAt, QStringLiteral("Lisa Chen"), QStringLiteral("Corvane")));
}

TEST(EnglishExtractor, AKnownInvestorIsNamedByItsFirstWordLater)
{
    const auto doc = read(QStringLiteral("Fernwood closed a $32 million Series A led by Index Ventures. Julian Marsh, the "
                                         "Index partner who led the deal, joined Fernwood's board."));
    EXPECT_EQ(byName(doc, QStringLiteral("Index")), nullptr);
    EXPECT_TRUE(hasRelation(doc, RelationType::WorksAt, QStringLiteral("Julian Marsh"), QStringLiteral("Index Ventures")));
}

TEST(EnglishExtractor, AKnownCompanysUnitKeepsItsOwnName)
{
    const auto doc = read(QStringLiteral("Brandt is joining Microsoft AI, the consumer AI division run by Mustafa Suleyman. "
                                         "Microsoft has invested about $13 billion in OpenAI."));
    EXPECT_NE(byName(doc, QStringLiteral("Microsoft AI")), nullptr);
    EXPECT_NE(byName(doc, QStringLiteral("Microsoft")), nullptr);
}

TEST(EnglishExtractor, JoiningFromACompanyIsHavingWorkedThere)
{
    const auto doc = read(QStringLiteral("Martin Greaves, who joined Corvane Semiconductor Inc. from Intuit in 2020, will leave."));
    EXPECT_TRUE(hasRelation(doc, RelationType::Joined, QStringLiteral("Martin Greaves"),
                            QStringLiteral("Corvane Semiconductor Inc")));
    EXPECT_TRUE(hasRelation(doc, RelationType::WorksAt, QStringLiteral("Martin Greaves"), QStringLiteral("Intuit")));
    EXPECT_FALSE(hasRelation(doc, RelationType::Joined, QStringLiteral("Martin Greaves"), QStringLiteral("Intuit")));
}

TEST(EnglishExtractor, APersonsStartupIsOneTheyFounded)
{
    const auto doc = read(QStringLiteral("Rohan Kapadia left Amazon in March. Kapadia's startup, Ledgerline, was co-founded "
                                         "with Grace Whitaker, a former principal scientist on Amazon's forecasting team."));
    EXPECT_TRUE(hasRelation(doc, RelationType::Founded, QStringLiteral("Rohan Kapadia"), QStringLiteral("Ledgerline")));
    EXPECT_TRUE(hasRelation(doc, RelationType::Founded, QStringLiteral("Grace Whitaker"), QStringLiteral("Ledgerline")));
    EXPECT_FALSE(hasRelation(doc, RelationType::Founded, QStringLiteral("Ledgerline"), QStringLiteral("Amazon")));
    EXPECT_TRUE(hasRelation(doc, RelationType::WorksAt, QStringLiteral("Grace Whitaker"), QStringLiteral("Amazon")));
}

TEST(EnglishExtractor, ADivisionRunBySomeoneIsWhereTheyWork)
{
    const auto doc = read(QStringLiteral("Brandt is joining Microsoft AI, the consumer AI division run by Mustafa Suleyman."));
    EXPECT_TRUE(hasRelation(doc, RelationType::WorksAt, QStringLiteral("Mustafa Suleyman"), QStringLiteral("Microsoft AI")));
}

TEST(EnglishExtractor, TheThreeAreThePeopleTheSentenceBeforeNamed)
{
    const auto doc = read(QStringLiteral("Ingrid Solberg resigned along with two colleagues, Tomas Echeverria and Ravi Menon. "
                                         "The three co-founded Parallax Labs, a Paris-based start-up."));
    for (const QString &person : {QStringLiteral("Ingrid Solberg"), QStringLiteral("Tomas Echeverria"),
                                  QStringLiteral("Ravi Menon")})
        EXPECT_TRUE(hasRelation(doc, RelationType::Founded, person, QStringLiteral("Parallax Labs"))) << person.toStdString();
}

TEST(EnglishExtractor, ACompanyWhichSomeoneFoundedWasFoundedByThem)
{
    const auto doc = read(QStringLiteral("Halcyon Research makes models. Halcyon, which Claire Ashdown co-founded in 2021 "
                                         "with Tomasz Wilk, has grown fast."));
    EXPECT_TRUE(hasRelation(doc, RelationType::Founded, QStringLiteral("Claire Ashdown"), QStringLiteral("Halcyon Research")));
    EXPECT_TRUE(hasRelation(doc, RelationType::Founded, QStringLiteral("Tomasz Wilk"), QStringLiteral("Halcyon Research")));
    EXPECT_FALSE(hasRelation(doc, RelationType::Founded, QStringLiteral("Halcyon Research"), QStringLiteral("Halcyon Research")));
}

TEST(EnglishExtractor, ItsProductIsTheCompanyItStandsForWhenNoOtherIsNamed)
{
    const auto doc = read(QStringLiteral("Bluefin Labs is a startup in Austin. Its Heron-3 model, launched in March, "
                                         "competes with offerings from Anthropic."));
    EXPECT_TRUE(hasRelation(doc, RelationType::Develops, QStringLiteral("Bluefin Labs"), QStringLiteral("Heron-3")));
    // Two companies before "its": which one it means is not guessed.
    const auto two = read(QStringLiteral("Microsoft will license Bluefin Labs's models, including its flagship Heron-3."));
    EXPECT_FALSE(hasRelation(two, RelationType::Develops, QStringLiteral("Microsoft"), QStringLiteral("Heron-3")));
}

TEST(EnglishExtractor, ACompanyNamedPastALaunchVerbsObjectWasNotLaunched)
{
    const auto doc = read(QStringLiteral("Bluefin Labs is a startup in Austin. Its Heron-3 model, launched in March, "
                                         "competes with offerings from Anthropic."));
    EXPECT_FALSE(hasRelation(doc, RelationType::Founded, QStringLiteral("Bluefin Labs"), QStringLiteral("Anthropic")));
    const auto launched = read(QStringLiteral("In 2021 Dario Amodei launched Anthropic with his sister."));
    EXPECT_TRUE(hasRelation(launched, RelationType::Founded, QStringLiteral("Dario Amodei"), QStringLiteral("Anthropic")));
}
