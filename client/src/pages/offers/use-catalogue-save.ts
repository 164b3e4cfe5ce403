/** What follows a save of an offer or a cohort, for their forms' mutations. */
import { useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc';

/** The catalogue's queries refetch, then `onSaved`; the server's refusal goes to `onRefused` (the form's summary). */
export function useCatalogueSave<Saved>(onSaved: (saved: Saved) => void, onRefused: (message: string) => void) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return {
    onSuccess: async (saved: Saved) => {
      await queryClient.invalidateQueries({ queryKey: trpc.offer.pathKey() });
      onSaved(saved);
    },
    onError: (error: { message: string }) => onRefused(error.message),
  };
}
