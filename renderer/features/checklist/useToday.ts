import { useEffect, useState } from 'react';
import { isoDay } from '../../../shared/domain/readiness';

const msToNextDay = (now: Date) =>
  new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).getTime() - now.getTime() + 1000;

/** Today's ISO day, kept current past midnight so "overdue" stays right in a window left open overnight. */
export function useToday(): string {
  const [today, setToday] = useState(() => isoDay(new Date()));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const arm = () => {
      timer = setTimeout(() => {
        setToday(isoDay(new Date()));
        arm();
      }, msToNextDay(new Date()));
    };
    arm();
    return () => clearTimeout(timer);
  }, []);
  return today;
}
