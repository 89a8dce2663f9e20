// Child process for the crash-safety test: saves ever-growing versions of one project, durably, and says
// "ack N" on stdout after version N is acknowledged. The parent kills it at random moments.
import { writeFileDurable } from '../../../electron/services/durableWrite';
import { createProject } from '../../../shared/model/project';
import { serializeProjectFile } from '../../../shared/model/projectFile';

const [pathArg, startArg] = process.argv.slice(2);
if (!pathArg) throw new Error('usage: saveLoop <path> <start>');
const path: string = pathArg;
const base = createProject({ name: 'Crash test', functionTemplate: 'customer-service', now: new Date(0) });

async function run(): Promise<void> {
  for (let version = Number(startArg ?? '1'); ; version += 1) {
    const project = {
      ...base,
      briefing: { ...base.briefing, preparedBy: `version ${version}` },
      // Growing content, so later writes take longer and a kill can land mid-write.
      checklist: {
        items: Array.from({ length: version % 40 }, (_, i) => ({
          id: `item-${i}`,
          areaId: 'process' as const,
          title: `Item ${i}`,
          guidance: '',
          weight: 2,
          mustHave: false,
          stage: 'vendors' as const,
          source: '',
          custom: true,
          retired: false,
          status: 'todo' as const,
          owner: '',
          dueDate: null,
          notes: 'x'.repeat(2000 + (version % 100) * 50),
          evidence: [],
          naReason: '',
          completedAt: null,
        })),
      },
    };
    await writeFileDurable(path, serializeProjectFile(project, { appVersion: 'crash-test', savedAt: new Date() }));
    process.stdout.write(`ack ${version}\n`);
  }
}

void run();
