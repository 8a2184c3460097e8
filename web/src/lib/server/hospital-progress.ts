import type { api } from './api';

/**
 * The hospital's completion per product in each round it has agreements in (at most the three newest):
 * the panel on its home page.
 */
export async function loadHospitalProgress(client: ReturnType<typeof api>, hospitalId: string) {
  const { data } = await client.GET('/execution/rounds');
  const rounds = (data?.items ?? []).slice(0, 3);
  const answers = await Promise.all(
    rounds.map((r) =>
      client.GET('/rounds/{roundId}/execution/institutions/{hospitalId}', {
        params: { path: { roundId: r.roundId, hospitalId } },
      }),
    ),
  );
  return rounds.flatMap((r, i) => {
    const progress = answers[i]?.data;
    return progress
      ? [{ code: r.code, name: r.name, today: progress.today, products: progress.products }]
      : [];
  });
}
