import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { Bar } from "@visx/shape";

export type Staaf = {
  sleutel: string;
  label: string;
  /** null: nothing to draw (e.g. no closed requests that month); `waardeTekst` says so. */
  waarde: number | null;
  /** The value as people read it, drawn at the end of the bar: "12", "67%", "Niets afgerond". */
  waardeTekst: string;
  /** Extra colour for overdue (rood) or nearly due (amber); the label already says it in words. */
  accent?: "rood" | "amber";
};

const KLEUR = { standaard: "#1d5c4d", rood: "#a4161a", amber: "#7a4a00" } as const;
const TEKST = "#1a1a1a";
const BREEDTE = 640;
const LABEL_BREEDTE = 200;
const WAARDE_RUIMTE = 120;
const RIJ_HOOGTE = 30;
const MARGE = 8;

/**
 * A horizontal bar chart drawn with visx as plain SVG: it renders on the server and needs no
 * JavaScript, and it uses presentation attributes only (no inline styles, so the CSP holds).
 * The SVG is one image for assistive technology (role="img" with a summary); the page shows the
 * same figures as a table beside it.
 */
export function Staafdiagram({
  staven,
  samenvatting,
  maximum,
}: {
  staven: readonly Staaf[];
  /** The aria-label: what the chart shows and every value, in words. */
  samenvatting: string;
  /** Upper end of the axis (e.g. 100 for percentages); default: the largest value. */
  maximum?: number;
}) {
  const hoogte = staven.length * RIJ_HOOGTE + 2 * MARGE;
  const grootste = Math.max(1, maximum ?? 0, ...staven.map((s) => s.waarde ?? 0));
  const y = scaleBand<string>({
    domain: staven.map((s) => s.sleutel),
    range: [MARGE, hoogte - MARGE],
    padding: 0.25,
  });
  const x = scaleLinear<number>({
    domain: [0, grootste],
    range: [0, BREEDTE - LABEL_BREEDTE - WAARDE_RUIMTE],
  });

  return (
    <svg
      className="staafdiagram"
      role="img"
      aria-label={samenvatting}
      width={BREEDTE}
      height={hoogte}
      viewBox={`0 0 ${BREEDTE} ${hoogte}`}
      focusable="false"
    >
      {staven.map((staaf) => {
        const boven = y(staaf.sleutel) ?? 0;
        const midden = boven + y.bandwidth() / 2;
        const lengte = staaf.waarde === null ? 0 : x(staaf.waarde);
        return (
          <Group key={staaf.sleutel} top={0} left={0}>
            <text
              x={LABEL_BREEDTE - 10}
              y={midden}
              textAnchor="end"
              dominantBaseline="middle"
              fontSize={14}
              fill={TEKST}
            >
              {staaf.label}
            </text>
            {lengte > 0 ? (
              <Bar
                x={LABEL_BREEDTE}
                y={boven}
                width={lengte}
                height={y.bandwidth()}
                fill={KLEUR[staaf.accent ?? "standaard"]}
              />
            ) : null}
            <text
              x={LABEL_BREEDTE + lengte + 6}
              y={midden}
              dominantBaseline="middle"
              fontSize={14}
              fontWeight={600}
              fill={TEKST}
            >
              {staaf.waardeTekst}
            </text>
          </Group>
        );
      })}
      <line
        x1={LABEL_BREEDTE}
        x2={LABEL_BREEDTE}
        y1={MARGE / 2}
        y2={hoogte - MARGE / 2}
        stroke={TEKST}
        strokeWidth={1}
      />
    </svg>
  );
}
