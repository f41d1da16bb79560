import { useCallback, useMemo, useState } from 'react';
import Model, { type IExerciseData, type IMuscleStats, type Muscle } from 'react-body-highlighter';

// What a click does is the app's to decide: here it highlights the muscle clicked, as a selection.
export function App() {
  const [muscle, setMuscle] = useState<Muscle | null>(null);
  const data = useMemo<IExerciseData[]>(() => (muscle ? [{ name: 'selected', muscles: [muscle] }] : []), [muscle]);
  const onClick = useCallback((stats: IMuscleStats) => setMuscle(stats.muscle), []);
  return <Model data={data} onClick={onClick} style={{ width: 300, height: 600 }} />;
}
