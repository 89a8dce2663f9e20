import { volumeUnitOf } from '../../../shared/domain/volumeUnit';
import { useAppStore } from '../../store';

/** What one unit of work is called in this project: contacts, invoices, trips, tickets… */
export function useVolumeUnit(): string {
  return useAppStore((s) => (s.current ? volumeUnitOf(s.current.project) : 'units'));
}
