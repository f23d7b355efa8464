#pragma once

#include "model/graphdocument.h"

namespace Guanxi::Test {

// Scores a predicted graph against a gold one with the rules of
// /work/shared/eval/score.py: entities match on type and a shared name key
// (maximum matching), lawsuits on shared parties, relations on type and
// matched ends (competitor_of either way), optional gold facts neither
// rewarded nor punished, several gold facts of one key told apart by time.
struct GraphScore
{
    double entityPrecision = 0, entityRecall = 0, entityF1 = 0;
    double relationPrecision = 0, relationRecall = 0, relationF1 = 0;
    double timeAccuracy = -1; // -1 when no matched gold relation has a time
    QStringList missedRelations;
    QStringList extraRelations;
};

GraphScore scoreGraph(const GraphDocument &gold, const GraphDocument &predicted);

} // namespace Guanxi::Test
