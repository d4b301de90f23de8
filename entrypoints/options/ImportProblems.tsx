import type { UiMessages } from '@/assets/i18n/types';
import type { ImportProblem } from '@/utils/core/export-file';

/** How many problems of a refused import are listed before "and N more". */
const PROBLEMS_SHOWN = 5;

/**
 * Why a file was not imported: the first problems in words, then how many more. An alert
 * region, there from the start, so the refusal is read out when it comes.
 */
export function ImportProblems(props: {
  id: string;
  problems: readonly ImportProblem[];
  messages: UiMessages;
}) {
  const { messages } = props;
  // A long list comes cut short, with how many more it had last.
  const problems = props.problems.filter((problem) => problem.code !== 'moreProblems');
  const moreCount = props.problems.reduce(
    (count, problem) => (problem.code === 'moreProblems' ? count + problem.count : count),
    Math.max(problems.length - PROBLEMS_SHOWN, 0),
  );
  return (
    <div id={props.id} class="import-problems" role="alert">
      {props.problems.length > 0 && (
        <>
          <p class="field-error">{messages.importRefused}</p>
          <ul>
            {problems.slice(0, PROBLEMS_SHOWN).map((problem) => (
              <li key={JSON.stringify(problem)}>{describeProblem(problem, messages)}</li>
            ))}
          </ul>
          {moreCount > 0 && <p>{messages.moreProblems(moreCount)}</p>}
        </>
      )}
    </div>
  );
}

/** One problem of a refused import, in words. */
export function describeProblem(problem: ImportProblem, messages: UiMessages): string {
  const say = messages.importProblems;
  switch (problem.code) {
    case 'tooLarge':
    case 'notText':
    case 'notJson':
    case 'notAnExport':
    case 'newerVersion':
    case 'notReadable':
    case 'historyFull':
      return say[problem.code];
    case 'tooManyOwnCards':
      return say.tooManyOwnCards(problem.count, problem.limit);
    case 'moreProblems':
      return messages.moreProblems(problem.count);
    case 'missingSection':
    case 'badSection':
      return say[problem.code](messages.sectionNames[problem.section]);
    case 'missingField':
    case 'badField':
      return say[problem.code](messages.fieldNames[problem.field]);
    case 'unknownField':
    case 'badFileField':
      return say[problem.code](problem.field);
    case 'badHiddenCard':
    case 'badLogEntry':
    case 'badIntention':
    case 'badOwnCard':
      return say[problem.code](problem.index + 1);
  }
}
