// Reasoning Gym's GSM-Symbolic templates 75 to 99, written again in TypeScript from
// reasoning_gym/arithmetic/gsm_symbolic/generators_50_99.py (commit 49b07130):
// for each template, `generateN` draws the variables as RG's generate_example does and `solveN`
// computes the answer and writes the question and worked answer as RG's generate_from_variables.

import {
  Fraction,
  fixed,
  floatRepr,
  floorDiv,
  formatNumber,
  isInteger,
  lookup,
  mod,
  type PyRandom,
  percent,
  pyRound,
  range,
} from "./python.js";
import type { GsmSolution, GsmTemplate } from "./solution.js";

function solve75(
  name1: string,
  name2: string,
  color1: string,
  color2: string,
  n1: number,
  n2: number,
  frac1: number,
  mult1: number,
): GsmSolution {
  const n1Result = Math.trunc(n1 * frac1);
  const n2Result = Math.trunc(n2 * mult1);
  const total = n1Result + n2Result;
  const question = `${name1} has ${n1} tubes of ${color1} paint and ${n2} tubes of ${color2} paint. ${name2} has half as many tubes of ${color1} paint as ${name1}, and three times as many tubes of ${color2} paint as ${name1}. How many tubes of paint does ${name2} have?`;
  const answerCot = `${name2} has ${n1}*${floatRepr(frac1)}=${n1Result} tubes of ${color1} paint\n${name2} has ${n2}*${floatRepr(mult1)}=${n2Result} tubes of ${color2} paint\n${name2} has a total of ${n1Result}+${n2Result}=${total} tubes of paint\n#### ${total}`;
  return {
    question,
    answer: formatNumber(total),
    answer_cot: answerCot,
    answer_value: total,
    variables: {
      name1,
      name2,
      color1,
      color2,
      n1,
      n2,
      frac1,
      mult1,
      n1_result: n1Result,
      n2_result: n2Result,
    },
  };
}

function generate75(rng: PyRandom, difficulty: number): GsmSolution {
  const names = ["Ben", "James", "John", "Michael", "William", "David", "Richard", "Joseph"];
  const colors = ["blue", "red", "green", "yellow", "purple", "orange"];
  const [name1, name2] = rng.sample(names, 2) as [string, string];
  const [color1, color2] = rng.sample(colors, 2) as [string, string];
  const n1 = rng.randint(2, Math.trunc(20 * difficulty));
  const n2 = rng.randint(2, Math.trunc(20 * difficulty));
  const frac1 = 0.5;
  const mult1 = 3.0;
  return solve75(name1, name2, color1, color2, n1, n2, frac1, mult1);
}

function solve76(n: number, p1: number, p2: number, company: string, frac: number): GsmSolution {
  const interviews = Math.trunc(n * (p1 / 100));
  const offers = Math.trunc(interviews * (p2 / 100));
  const accepts = Math.trunc(offers * frac);
  const question = `${n} people apply for a job at ${company}. Of the people that apply, only ${p1}% receive interviews. Of those who receive interviews, ${p2}% receive a job offer. Of those who receive a job offer, ${percent(frac, 2)} of the people accept the position. How many people accept the position?`;
  const answerCot = `The number of people that receive interviews is ${n} * ${floatRepr(p1 / 100)} = ${interviews} people\nThe number of people that receive a job offer is ${interviews} * ${floatRepr(p2 / 100)} = ${offers} people\nThe number of people that accept the position is ${offers} * ${floatRepr(frac)} = ${accepts} people\n#### ${accepts}`;
  return {
    question,
    answer: formatNumber(accepts),
    answer_cot: answerCot,
    answer_value: accepts,
    variables: {
      total_applicants: n,
      interview_percent: p1,
      offer_percent: p2,
      company,
      acceptance_fraction: frac,
      num_interviews: interviews,
      num_offers: offers,
      num_accepts: accepts,
    },
  };
}

function generate76(rng: PyRandom, difficulty: number): GsmSolution {
  const companies = ["Microsoft", "Apple", "Amazon", "Facebook", "Netflix", "Tesla", "Google"];
  const fractions = { "a third": 1 / 3, half: 1 / 2, "a quarter": 1 / 4, "two thirds": 2 / 3 };
  const company = rng.choice(companies);
  const fracName = rng.choice(Object.keys(fractions));
  const frac = lookup(fractions, fracName);
  let baseMultiple: number;
  if (frac === 1 / 3 || frac === 2 / 3) {
    baseMultiple = 300;
  } else if (frac === 1 / 4) {
    baseMultiple = 400;
  } else {
    baseMultiple = 200;
  }
  const nMultiplier = rng.randint(1, Math.min(Math.trunc(3 * difficulty), 4));
  const n = nMultiplier * baseMultiple;
  const p1 = 5 * rng.randint(2, Math.min(Math.trunc(10 * difficulty), 10));
  const p2 = 5 * rng.randint(2, Math.min(Math.trunc(10 * difficulty), 10));
  return solve76(n, p1, p2, company, frac);
}

function solve77(
  event: string,
  m: number,
  w: number,
  t: string,
  frac: number,
  mLeft: number,
  group1: string,
  group2: string,
): GsmSolution {
  const total = m + w;
  const leftCount = Math.trunc(total * frac);
  const stayed = total - leftCount;
  const wLeft = stayed - mLeft;
  const question = `At the beginning of the ${event}, there were ${m} ${group1} and ${w} ${group2}. After ${t}, ${floatRepr(frac)} of the total number of people left. How many ${group2} are left if ${mLeft} ${group1} stayed at the ${event}?`;
  const answerCot = `There were a total of ${m} ${group1} + ${w} ${group2} = ${total} people who attended the ${event}.\nAfter ${t}, ${total} people * ${floatRepr(frac)} = ${leftCount} people left the ${event}.\nThis means ${total} people - ${leftCount} people = ${stayed} people stayed.\nOut of the ${stayed} who stayed, ${stayed} people - ${mLeft} ${group1} = ${wLeft} were ${group2}.\n#### ${wLeft}`;
  return {
    question,
    answer: formatNumber(wLeft),
    answer_cot: answerCot,
    answer_value: wLeft,
    variables: {
      event,
      men: m,
      women: w,
      time: t,
      fraction_left: frac,
      men_stayed: mLeft,
      women_stayed: wLeft,
      group1,
      group2,
    },
  };
}

function generate77(rng: PyRandom, difficulty: number): GsmSolution {
  const events = ["party", "meeting", "conference", "gathering", "celebration"];
  const groups = ["teachers", "doctors", "engineers", "nurses", "artists", "lawyers"];
  const times = ["an hour", "two hours", "half an hour", "45 minutes"];
  const fractions = [0.25, 0.5, 0.75, 0.33, 0.67];
  const event = rng.choice(events);
  const [group1, group2] = rng.sample(groups, 2) as [string, string];
  const t = rng.choice(times);
  const frac = rng.choice(fractions);
  const minMLeft = 15;
  const minStayed = minMLeft + 1;
  let minTotal = Math.trunc(minStayed / (1 - frac));
  minTotal = Math.max(minTotal, 30);
  if (minTotal * frac !== Math.trunc(minTotal * frac)) {
    minTotal = Math.trunc(floorDiv(minTotal + 1 / frac, 1 / frac) * (1 / frac));
  }
  const maxTotal = Math.trunc(155 * difficulty);
  const validTotals = range(minTotal, maxTotal + 1).filter((t) => Number.isInteger(t * frac));
  let total: number;
  if (validTotals.length === 0) {
    total = minTotal;
  } else {
    total = rng.choice(validTotals);
  }
  const stayed = total - Math.trunc(total * frac);
  const maxMLeft = Math.min(stayed - 1, Math.trunc(35 * difficulty));
  const mLeft = rng.randint(15, Math.max(15, maxMLeft));
  const minM = Math.max(20, mLeft + Math.trunc(total * frac));
  const maxM = Math.min(Math.trunc(75 * difficulty), total - 10);
  let m: number;
  if (minM <= maxM) {
    m = rng.randint(minM, maxM);
  } else {
    m = minM;
    total = m + 10;
  }
  const w = total - m;
  return solve77(event, m, w, t, frac, mLeft, group1, group2);
}

function solve78(name1: string, name2: string, ageDiff: number, age1: number): GsmSolution {
  const age2 = age1 + ageDiff;
  const avgAge = floorDiv(age1 + age2, 2);
  const question = `${name1} and ${name2} are currently ${ageDiff} years apart in age. If ${name1}, who is younger than ${name2}, is ${age1} years old, what's the average of their ages?`;
  const answerCot = `If ${name1} is ${age1} years old, ${name2} is ${age1}+${ageDiff} = ${age2} years old.\nThe sum of their ages is ${age2}+${age1} = ${age1 + age2} years\nThe average age of the two is ${age1 + age2}/2 = ${avgAge} years\n#### ${avgAge}`;
  return {
    question,
    answer: formatNumber(avgAge),
    answer_cot: answerCot,
    answer_value: avgAge,
    variables: { name1, name2, age_diff: ageDiff, age1, age2, avg_age: avgAge },
  };
}

function generate78(rng: PyRandom, difficulty: number): GsmSolution {
  const names = ["Emma", "Olivia", "Ava", "Isabella", "Sophia", "Mia", "Charlotte", "Amelia"];
  const [name1, name2] = rng.sample(names, 2) as [string, string];
  let ageDiff = rng.randint(5, Math.trunc(30 * difficulty));
  if (mod(ageDiff, 2) !== 0) {
    ageDiff += 1;
  }
  const age1 = rng.randint(15, Math.trunc(75 * difficulty));
  return solve78(name1, name2, ageDiff, age1);
}

function solve79(
  name: string,
  vehicle: string,
  startTime: number,
  endTime: number,
  freeHours: number,
  currency: string,
  firstHourCost: number,
  multiplier: number,
): GsmSolution {
  const totalHours = endTime - startTime;
  const paidHours = totalHours - freeHours;
  const otherHours = paidHours - 1;
  const hourlyRate = firstHourCost * multiplier;
  const otherHoursCost = otherHours * hourlyRate;
  const totalCost = firstHourCost + otherHoursCost;
  const question = `${name} hires a ${vehicle} from ${startTime} PM to ${endTime} PM. He gets ${freeHours} hour free. The first paid hour is ${currency}${firstHourCost} and each hour after that is ${multiplier} times the cost. How much did he pay?`;
  const answerCot = `He got it for ${endTime}-${startTime}=${totalHours} hours\nHe pays for ${totalHours}-${freeHours}=${paidHours} hours\nThe first hour cost 1*${firstHourCost}=${currency}${firstHourCost}\nThe other ${paidHours}-1=${otherHours} hours are more expensive\nThey cost ${firstHourCost}*${multiplier}=${currency}${hourlyRate} per hour\nSo those ${otherHours} hours cost ${otherHours}*${hourlyRate}=${currency}${otherHoursCost}\nSo he pays ${otherHoursCost}+${firstHourCost}=${currency}${totalCost}\n#### ${totalCost}`;
  return {
    question,
    answer: formatNumber(totalCost),
    answer_cot: answerCot,
    answer_value: totalCost,
    variables: {
      name,
      vehicle,
      start_time: startTime,
      end_time: endTime,
      free_hours: freeHours,
      currency,
      first_hour_cost: firstHourCost,
      multiplier,
      total_hours: totalHours,
      paid_hours: paidHours,
      total_cost: totalCost,
    },
  };
}

function generate79(rng: PyRandom, difficulty: number): GsmSolution {
  const names = ["James", "John", "Robert", "Michael", "William", "David", "Richard"];
  const vehicles = ["limousine", "party bus", "boat", "luxury car"];
  const currencies = ["$", "€", "£"];
  const name = rng.choice(names);
  const vehicle = rng.choice(vehicles);
  const currency = rng.choice(currencies);
  let startTime = rng.randint(1, Math.trunc(8 * difficulty));
  let endTime = rng.randint(startTime + 2, Math.trunc(12 * difficulty));
  let freeHours = rng.randint(1, Math.min(3, endTime - startTime - 1));
  let firstHourCost = rng.randint(10, Math.trunc(51 * difficulty));
  const multiplier = 2;
  while (
    !(
      endTime - startTime > freeHours + 1 &&
      isInteger((endTime - startTime - freeHours - 1) * firstHourCost * multiplier)
    )
  ) {
    startTime = rng.randint(1, Math.trunc(8 * difficulty));
    endTime = rng.randint(startTime + 2, Math.trunc(12 * difficulty));
    freeHours = rng.randint(1, Math.min(3, endTime - startTime - 1));
    firstHourCost = rng.randint(10, Math.trunc(51 * difficulty));
  }
  return solve79(name, vehicle, startTime, endTime, freeHours, currency, firstHourCost, multiplier);
}

function solve80(
  name: string,
  color1: string,
  color2: string,
  n1: number,
  n2: number,
  n3: number,
  n4: number,
): GsmSolution {
  const blueSpools = n1 + n2;
  const totalSpools = n1 + n2 + n3 + n4;
  const percentBlue = Math.trunc((100 * blueSpools) / totalSpools);
  const question = `${name} has ${n1} light ${color1} spools of thread, ${n2} dark ${color1} spools of thread, ${n3} light ${color2} spools of thread, and ${n4} dark ${color2} spools of thread. What percent of her spools are ${color1}?`;
  const answerCot = `First find the number of ${color1} spools: ${n1} spools + ${n2} spools = ${blueSpools} spools\nThen find the total number of spools: ${n3} spools + ${n4} spools + ${blueSpools} spools = ${totalSpools} spools\nThen divide the number of ${color1} spools by the total number of spools and multiply by 100% to express the answer as a percentage: ${blueSpools} spools / ${totalSpools} spools * 100% = ${percentBlue}%\n#### ${percentBlue}`;
  return {
    question,
    answer: formatNumber(percentBlue),
    answer_cot: answerCot,
    answer_value: percentBlue,
    variables: {
      name,
      color1,
      color2,
      light_color1_spools: n1,
      dark_color1_spools: n2,
      light_color2_spools: n3,
      dark_color2_spools: n4,
      total_color1_spools: blueSpools,
      total_spools: totalSpools,
      percent_color1: percentBlue,
    },
  };
}

function generate80(rng: PyRandom, difficulty: number): GsmSolution {
  const names = ["Candy", "Sarah", "Emma", "Olivia", "Isabella", "Sophia", "Mia", "Charlotte"];
  const colors = ["blue", "red", "green", "yellow", "purple", "orange"];
  const name = rng.choice(names);
  const [color1, color2] = rng.sample(colors, 2) as [string, string];
  const n1 = rng.randint(15, Math.trunc(45 * difficulty));
  const n2 = rng.randint(45, Math.trunc(100 * difficulty));
  const n3 = rng.randint(20, Math.trunc(80 * difficulty));
  let n4 = rng.randint(50, Math.trunc(100 * difficulty));
  let total = n1 + n2 + n3 + n4;
  while (mod((n1 + n2) * 100, total) !== 0) {
    n4 += 1;
    total = n1 + n2 + n3 + n4;
  }
  return solve80(name, color1, color2, n1, n2, n3, n4);
}

function solve81(
  occupation: string,
  weeksPerMonth: number,
  daysPerWeek: number,
  payPerDay: number,
  currency: string,
): GsmSolution {
  const daysPerMonth = daysPerWeek * weeksPerMonth;
  const monthlyPay = daysPerMonth * payPerDay;
  const yearlyPay = monthlyPay * 12;
  const question = `A ${occupation} works for ${weeksPerMonth} weeks every month and for ${daysPerWeek} days every week. If he gets paid ${currency}${payPerDay} every day, how much does he earn if he works for a year?`;
  const answerCot = `The ${occupation} works for ${daysPerWeek} days every week and works for ${weeksPerMonth} weeks every month so he works for ${daysPerWeek} days/week * ${weeksPerMonth} weeks/month = ${daysPerMonth} days/month\nIf he earns ${currency}${payPerDay} every day he then earns ${currency}${payPerDay}/day * ${daysPerMonth} days/month = ${currency}${monthlyPay}/month\nA year is equal to 12 months so every year he earns ${currency}${monthlyPay}/month * 12 months/year = ${currency}${yearlyPay}\n#### ${yearlyPay}`;
  return {
    question,
    answer: formatNumber(yearlyPay),
    answer_cot: answerCot,
    answer_value: yearlyPay,
    variables: {
      occupation,
      weeks_per_month: weeksPerMonth,
      days_per_week: daysPerWeek,
      pay_per_day: payPerDay,
      currency,
      days_per_month: daysPerMonth,
      monthly_pay: monthlyPay,
    },
  };
}

function generate81(rng: PyRandom, difficulty: number): GsmSolution {
  const occupations = ["plumber", "electrician", "painter", "carpenter", "landscaper"];
  const currencies = ["$", "£", "€"];
  const occupation = rng.choice(occupations);
  const currency = rng.choice(currencies);
  const weeksPerMonth = rng.randint(2, Math.trunc(5 * difficulty));
  const daysPerWeek = rng.randint(4, Math.trunc(7 * difficulty));
  const payPerDay = rng.randrange(40, Math.trunc(200 * difficulty), 5);
  return solve81(occupation, weeksPerMonth, daysPerWeek, payPerDay, currency);
}

function solve82(
  name: string,
  numEmails: number,
  noResponsePercent: number,
  workdays: number,
): GsmSolution {
  const noResponse = floorDiv(numEmails * noResponsePercent, 100);
  const respondsTo = numEmails - noResponse;
  const totalResponses = respondsTo * workdays;
  const question = `${name} gets ${numEmails} emails a day. ${noResponsePercent}% of those emails don't require any response. ${name} responds to the rest of them. How many emails does ${name} respond to in a ${workdays} day work week?`;
  const answerCot = `${name} receives ${noResponse}=${noResponse} emails that don't require a response\nSo ${name} responds to ${numEmails}-${noResponse}=${respondsTo} emails per day\nIn a ${workdays} day work week, ${name} responds to ${respondsTo}*${workdays}=${totalResponses} emails\n#### ${totalResponses}`;
  return {
    question,
    answer: formatNumber(totalResponses),
    answer_cot: answerCot,
    answer_value: totalResponses,
    variables: {
      name,
      num_emails: numEmails,
      no_response_percent: noResponsePercent,
      workdays,
      no_response: noResponse,
      responds_to: respondsTo,
      total_responses: totalResponses,
    },
  };
}

function generate82(rng: PyRandom, difficulty: number): GsmSolution {
  const names = ["James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph"];
  const name = rng.choice(names);
  let numEmails = rng.randint(50, Math.trunc(200 * difficulty));
  let noResponsePercent = rng.randint(5, Math.trunc(40 * difficulty));
  const workdays = rng.randint(3, Math.trunc(7 * difficulty));
  while (
    !(
      mod(numEmails * noResponsePercent, 100) === 0 &&
      mod(numEmails * (100 - noResponsePercent), 100) === 0
    )
  ) {
    numEmails = rng.randint(50, Math.trunc(200 * difficulty));
    noResponsePercent = rng.randint(5, Math.trunc(40 * difficulty));
  }
  return solve82(name, numEmails, noResponsePercent, workdays);
}

function solve83(
  name1: string,
  name2: string,
  total: number,
  diff: number,
  unit: string,
): GsmSolution {
  const amount1 = floorDiv(total - diff, 2);
  const amount2 = amount1 + diff;
  const question = `If ${name1} and ${name2} have ${total} ${unit} of fence between them, and they agree to split it with ${name2} getting ${diff} ${unit} more than ${name1}, how much is left over for ${name1}?`;
  const answerCot = `Let x be the amount of fence ${name1} gets and y be the amount ${name2} gets. We know that y = x + ${diff}, and y + x = ${total}.\nSubstituting the first equation into the second equation, we get 2x+${diff}=${total}\nSubtracting the ${diff} from both sides, we get 2x=${total - diff}\nWe divide each side by two, leaving x=${amount1}. This means ${name1} has ${amount1} ${unit} of fence left over.\n#### ${amount1}`;
  return {
    question,
    answer: formatNumber(amount1),
    answer_cot: answerCot,
    answer_value: amount1,
    variables: { name1, name2, total_fence: total, difference: diff, unit, amount1, amount2 },
  };
}

function generate83(rng: PyRandom, difficulty: number): GsmSolution {
  const names = ["Sam", "Harry", "Tom", "John", "Mike", "Dave", "Steve", "Bob"];
  const units = ["feet", "yards", "meters"];
  const [name1, name2] = rng.sample(names, 2) as [string, string];
  const unit = rng.choice(units);
  const maxDiff = Math.min(Math.trunc(200 * difficulty), 180);
  const diff = 10 * rng.randint(2, floorDiv(maxDiff, 10));
  const minTotal = diff + 22;
  const maxTotal = Math.min(Math.trunc(1000 * difficulty), minTotal + 200);
  let total: number;
  if (maxTotal <= minTotal) {
    total = minTotal;
  } else {
    total = minTotal + 2 * rng.randint(0, floorDiv(maxTotal - minTotal, 2));
  }
  return solve83(name1, name2, total, diff, unit);
}

function solve84(
  name: string,
  miles: string,
  timeCold: number,
  extraTime: number,
  multiplier: number,
  distance: number,
): GsmSolution {
  const timeWarm = extraTime + multiplier * timeCold;
  const timeColdTotal = distance * timeCold;
  const timeWarmTotal = distance * timeWarm;
  const timeDifference = timeWarmTotal - timeColdTotal;
  const question = `When the water is cold ${name} swims a ${miles} in ${timeCold} minutes. When the water is warm ${name} swims a ${miles} in ${extraTime} minutes more than ${fixed(multiplier, 0)} times as long. How much longer does ${name} take to swim ${distance} ${miles}s on a hot day than a cold day?`;
  const answerCot = `Cold water ${miles} = ${timeCold} minutes\nWarm water ${miles} = ${extraTime}+${fixed(multiplier, 0)}(${timeCold})=${floatRepr(timeWarm)} minutes\n${distance} ${miles}s in cold water: ${distance}(${timeCold})=${timeColdTotal} minutes\n${distance} ${miles}s in warm water: ${distance}(${floatRepr(timeWarm)})=${floatRepr(timeWarmTotal)} minutes\n${name} takes ${floatRepr(timeWarmTotal)}-${timeColdTotal}=${floatRepr(timeDifference)} minutes longer\n#### ${floatRepr(timeDifference)}`;
  return {
    question,
    answer: formatNumber(timeDifference),
    answer_cot: answerCot,
    answer_value: timeDifference,
    variables: {
      name,
      unit: miles,
      time_cold: timeCold,
      extra_time: extraTime,
      multiplier,
      distance,
      time_warm: timeWarm,
      time_cold_total: timeColdTotal,
      time_warm_total: timeWarmTotal,
    },
  };
}

function generate84(rng: PyRandom, difficulty: number): GsmSolution {
  const names = ["Ray", "Jim", "Bob", "Tom", "Mike", "John", "Steve"];
  const units = ["mile", "kilometer"];
  const name = rng.choice(names);
  const unit = rng.choice(units);
  const maxTimeCold = Math.min(25, Math.trunc(50 * difficulty), 29);
  let timeCold = rng.randint(10, maxTimeCold);
  let maxExtra = Math.min(Math.trunc(10 * difficulty), 60 - 2 * timeCold - 1);
  if (maxExtra < 1) {
    timeCold = 20;
    maxExtra = 19;
  }
  const extraTime = rng.randint(1, maxExtra);
  const multiplier = 2.0;
  const minDistance = 2;
  const maxDistance = Math.min(Math.trunc(10 * difficulty), 8);
  const distance = rng.randint(minDistance, maxDistance);
  return solve84(name, unit, timeCold, extraTime, multiplier, distance);
}

function solve85(
  name: string,
  roomType: string,
  area: number,
  length: number,
  unit1: string,
  unit2: string,
): GsmSolution {
  const conversion = unit1 === "feet" && unit2 === "yards" ? 3 : 1;
  const lengthConverted = length * conversion;
  const width = floorDiv(area, lengthConverted);
  const perimeter = 2 * (width + lengthConverted);
  const question = `The area of ${name}'s rectangular ${roomType} is ${area} square ${unit1}. If the length of his room is ${length} ${unit2}, what is the perimeter of the room in ${unit1}?`;
  const answerCot = `The length of the room is ${length} ${unit2} * (${conversion} ${unit1} / 1 ${unit2}) = ${lengthConverted} ${unit1}.\nThe width of the room is ${area} square ${unit1} / ${lengthConverted} ${unit1} = ${width} ${unit1}.\nThe room's perimeter is 2(${width}+${lengthConverted}) = ${perimeter}\n#### ${perimeter}`;
  return {
    question,
    answer: formatNumber(perimeter),
    answer_cot: answerCot,
    answer_value: perimeter,
    variables: {
      name,
      room_type: roomType,
      area,
      length,
      unit1,
      unit2,
      width,
      length_converted: lengthConverted,
    },
  };
}

function generate85(rng: PyRandom, difficulty: number): GsmSolution {
  function calculateMaxWidth(difficulty: number, length: number, conversion: number) {
    const theoreticalMax = Math.trunc(100 * difficulty);
    const minRequired = length * conversion + 1;
    return Math.max(minRequired + 1, Math.min(theoreticalMax, minRequired + 50));
  }
  const names = ["William", "James", "John", "Michael", "David", "Robert", "Thomas"];
  const roomTypes = ["living room", "study", "office", "kitchen"];
  const units = ["feet", "meters"];
  const name = rng.choice(names);
  const roomType = rng.choice(roomTypes);
  const unit1 = rng.choice(units);
  const unit2 = unit1 === "feet" ? "yards" : "meters";
  const maxLength = Math.min(Math.trunc(44 * difficulty), 40);
  let length = rng.randint(5, maxLength);
  const conversion = unit1 === "feet" && unit2 === "yards" ? 3 : 1;
  let minWidth = length * conversion + 1;
  let maxWidth = calculateMaxWidth(difficulty, length, conversion);
  if (maxWidth <= minWidth) {
    length = Math.max(5, length - 5);
    minWidth = length * conversion + 1;
    maxWidth = calculateMaxWidth(difficulty, length, conversion);
  }
  const width = rng.randint(minWidth, maxWidth);
  const area = width * (length * conversion);
  return solve85(name, roomType, area, length, unit1, unit2);
}

function solve86(
  animals: string,
  unit: string,
  o1: string,
  o2: string,
  o3: string,
  o4: string,
  n1: number,
  n2: number,
  n3: number,
  n4: number,
  w1: number,
  w2: number,
  w3: number,
  w4: number,
  total: number,
): GsmSolution {
  const sugarWeight = n4 * w4;
  const carrotWeight = n3 * w3;
  const hayWeight = n1 * w1;
  const oatWeight = n2 * w2;
  const totalWeight = sugarWeight + carrotWeight + hayWeight + oatWeight;
  const trips = floorDiv(totalWeight, total);
  const question = `A farmer is buying feed for his ${animals}. He buys a variety of ${o1}, ${o2}, ${o3} and ${o4}. Since ${o4} are a rare treat, he only buys ${n4} ${w4}-${unit} boxes of them for the whole stable. He only wants enough ${o3} to feed the ${animals} while the vegetables are fresh, so he buys ${n3} ${w3}-${unit} bags. ${o1} is the main diet of his ${animals}, so he buys ${n1} ${w1}-${unit} bales. ${o2} are a staple to supplement the ${o1}, so he buys ${n2} ${w2}-${unit} sacks. If his farm truck can carry ${total} ${unit}s at a time, how many trips does the farmer need to transport all the feed?`;
  const answerCot = `The farmer is buying ${n4} * ${w4} = ${sugarWeight} ${unit}s of ${o4}.\nHe is buying ${n3} * ${w3} = ${carrotWeight} ${unit}s of ${o3}.\nHe is buying ${n1} * ${w1} = ${hayWeight} ${unit}s of ${o1}.\nHe is buying ${n2} * ${w2} = ${oatWeight} ${unit}s of ${o2}.\nThe weight of all the feed is ${sugarWeight} + ${carrotWeight} + ${hayWeight} + ${oatWeight} = ${totalWeight} ${unit}s.\nThus, the farmer needs ${totalWeight} / ${total} = ${trips} trips to transport all the feed in his farm truck.\n#### ${trips}`;
  return {
    question,
    answer: formatNumber(trips),
    answer_cot: answerCot,
    answer_value: trips,
    variables: {
      animals,
      unit,
      feed_types: [o1, o2, o3, o4],
      quantities: [n1, n2, n3, n4],
      weights: [w1, w2, w3, w4],
      truck_capacity: total,
      total_weight: totalWeight,
    },
  };
}

function generate86(rng: PyRandom, difficulty: number): GsmSolution {
  const animals = rng.choice(["horses", "cows", "sheep", "pigs", "alpacas"]);
  const unit = rng.choice(["pound", "kilogram"]);
  const feedOptions = ["hay", "corn", "oats", "apples", "wheat"];
  const [o1, o2, o4] = rng.sample(feedOptions, 3) as [string, string, string];
  const o3 = rng.choice(["carrots", "beets", "cucumbers"]);
  const n4 = rng.randint(4, Math.trunc(8 * difficulty));
  const n3 = rng.randint(11, Math.trunc(15 * difficulty));
  const n2 = rng.randint(15, Math.trunc(20 * difficulty));
  const n1 = rng.randint(31, Math.trunc(35 * difficulty));
  let w4 = rng.randint(3, Math.trunc(8 * difficulty));
  let w3 = rng.randint(5, Math.trunc(10 * difficulty));
  let w2 = rng.randint(15, Math.trunc(20 * difficulty));
  let w1 = rng.randint(35, Math.trunc(45 * difficulty));
  while (!(w4 * n4 < w3 * n3 && w3 * n3 < w2 * n2 && w2 * n2 < w1 * n1)) {
    w4 = rng.randint(3, Math.trunc(8 * difficulty));
    w3 = rng.randint(5, Math.trunc(10 * difficulty));
    w2 = rng.randint(15, Math.trunc(20 * difficulty));
    w1 = rng.randint(35, Math.trunc(45 * difficulty));
  }
  const totalWeight = n1 * w1 + n2 * w2 + n3 * w3 + n4 * w4;
  const total = floorDiv(totalWeight, rng.randint(2, 4));
  return solve86(animals, unit, o1, o2, o3, o4, n1, n2, n3, n4, w1, w2, w3, w4, total);
}

function solve87(
  name: string,
  unit: string,
  weightLarge: number,
  weightMedium: number,
  weightSmall: Fraction,
  numLarge: number,
  numMedium: number,
  numSmall: number,
  totalAmount: number,
): GsmSolution {
  const largeUsed = numLarge * weightLarge;
  const mediumUsed = numMedium * weightMedium;
  const smallUsed = Fraction.of(numSmall).mul(weightSmall).valueOf();
  const totalUsed = largeUsed + mediumUsed + smallUsed;
  const remaining = totalAmount - totalUsed;
  const question = `${name} wants to make different sized ice cubes with ${totalAmount} ${unit}s of water. He can make giant cubes that use ${weightLarge} ${unit}s per cube, medium cubes that use ${weightMedium} ${unit}s, and small cubes that use ${weightSmall} an ${unit}. If he makes ${numLarge} giant cubes, ${numMedium} medium cubes, and ${numSmall} small cubes, how many ${unit}s of water does he have left?`;
  const answerCot = `The giant cubes used up ${largeUsed} ${unit}s of water because ${numLarge} times ${weightLarge} equals ${largeUsed}.\nThe medium cubes used up ${mediumUsed} ${unit}s of water because ${numMedium} times ${weightMedium} equals ${mediumUsed}.\nThe small cubes used up ${Math.trunc(smallUsed)} ${unit}s of water because ${numSmall} times ${weightSmall} equals ${Math.trunc(smallUsed)}.\nThis means that ${name} has used up ${Math.trunc(totalUsed)} ${unit}s of water because ${largeUsed} plus ${mediumUsed} plus ${Math.trunc(smallUsed)} equals ${Math.trunc(totalUsed)}.\n${name} has ${Math.trunc(remaining)} ${unit}s of water left because ${totalAmount} minus ${Math.trunc(totalUsed)} equals ${Math.trunc(remaining)}.\n#### ${Math.trunc(remaining)}`;
  return {
    question,
    answer: formatNumber(Math.trunc(remaining)),
    answer_cot: answerCot,
    answer_value: Math.trunc(remaining),
    variables: {
      name,
      unit,
      weight_large: weightLarge,
      weight_medium: weightMedium,
      weight_small: weightSmall,
      num_large: numLarge,
      num_medium: numMedium,
      num_small: numSmall,
      total_amount: totalAmount,
      remaining,
    },
  };
}

function generate87(rng: PyRandom, difficulty: number): GsmSolution {
  const names = ["Peter", "John", "Michael", "David", "James", "Robert", "William"];
  const units = ["ounce", "gram", "milliliter"];
  const name = rng.choice(names);
  const unit = rng.choice(units);
  const weightLarge = rng.randint(7, Math.trunc(14 * difficulty));
  const weightMedium = rng.randint(3, weightLarge - 1);
  const weightSmall = new Fraction(1, 2);
  const numLarge = rng.randint(2, Math.trunc(8 * difficulty));
  const numMedium = rng.randint(4, Math.trunc(12 * difficulty));
  const numSmall = rng.choice([14, 24, 15]);
  const used =
    numLarge * weightLarge +
    numMedium * weightMedium +
    Fraction.of(numSmall).mul(weightSmall).valueOf();
  const totalAmount = Math.trunc(used + rng.randint(1, Math.trunc(10 * difficulty)));
  return solve87(
    name,
    unit,
    weightLarge,
    weightMedium,
    weightSmall,
    numLarge,
    numMedium,
    numSmall,
    totalAmount,
  );
}

function solve88(
  school: string,
  venue: string,
  total: number,
  graduates: number,
  faculty: number,
): GsmSolution {
  const remainingSeats = total - (graduates + faculty);
  const ticketsPerGraduate = floorDiv(remainingSeats, graduates);
  const question = `${school} is holding graduation in their ${venue} this year which has space for ${total} people. After accounting for ${graduates} seats for graduates and ${faculty} seats for faculty attending, how many tickets would each graduate receive to give to their friends and family if the tickets are split equally?`;
  const answerCot = `Add graduate and faculty seats together. ${graduates} + ${faculty} = ${graduates + faculty} seats for faculty and graduates\nMinus seats for faculty and graduates from total seats allowed. ${total} - ${graduates + faculty} = ${remainingSeats} remaining seats.\nDivide remaining seats by the number of graduates. ${remainingSeats}/${graduates} = ${ticketsPerGraduate} tickets\n#### ${ticketsPerGraduate}`;
  return {
    question,
    answer: formatNumber(ticketsPerGraduate),
    answer_cot: answerCot,
    answer_value: ticketsPerGraduate,
    variables: {
      school,
      venue,
      total_seats: total,
      graduate_seats: graduates,
      faculty_seats: faculty,
      remaining_seats: remainingSeats,
      tickets_per_graduate: ticketsPerGraduate,
    },
  };
}

function generate88(rng: PyRandom, difficulty: number): GsmSolution {
  const schools = [
    "Oakwood High School",
    "Riverside Academy",
    "Sunnyside High",
    "Greenville High School",
  ];
  const venues = ["Auditorium", "Gymnasium", "Sports Arena", "Convention Center"];
  const school = rng.choice(schools);
  const venue = rng.choice(venues);
  const graduates = rng.randrange(500, Math.trunc(1500 * difficulty), 50);
  const faculty = rng.randrange(100, Math.trunc(500 * difficulty), 50);
  const remainingSeats = rng.randint(2, Math.trunc(10 * difficulty)) * graduates;
  const total = remainingSeats + graduates + faculty;
  return solve88(school, venue, total, graduates, faculty);
}

function solve89(
  name1: string,
  name2: string,
  name3: string,
  name4: string,
  name5: string,
  numDozen: number,
  foundFirst: number,
  multiplier: number,
  lessAmount: number,
  fraction: number,
): GsmSolution {
  const totalEggs = numDozen * 12;
  const foundSecond = foundFirst * multiplier;
  const foundThird = foundSecond - lessAmount;
  const foundFourth = foundThird * fraction;
  const totalFound = foundFirst + foundSecond + foundThird + foundFourth;
  const remaining = totalEggs - totalFound;
  const question = `${name1} hid ${numDozen} dozen eggs in the yard for the Easter egg hunt. ${name2} finds ${foundFirst} eggs. ${name3} finds ${fixed(multiplier, 0)} times as many as ${name2}. ${name4} finds ${lessAmount} less than ${name3}, and ${name5} finds ${fixed(fraction, 1)} as many as ${name4}. How many eggs are still hidden in the yard?`;
  let answerCot = `${name1} hides ${numDozen} x 12 = ${totalEggs} eggs.\n`;
  answerCot += `${name2} finds ${foundFirst} eggs.\n`;
  answerCot += `${name3} finds ${foundFirst} x ${fixed(multiplier, 0)} = ${floatRepr(foundSecond)} eggs.\n`;
  answerCot += `${name4} finds ${floatRepr(foundSecond)} - ${lessAmount} = ${floatRepr(foundThird)} eggs.\n`;
  answerCot += `${name5} finds ${floatRepr(foundThird)} x ${fixed(fraction, 1)} = ${floatRepr(foundFourth)} eggs.\n`;
  answerCot += `The children find a total of ${foundFirst} + ${floatRepr(foundSecond)} + ${floatRepr(foundThird)} + ${floatRepr(foundFourth)} = ${floatRepr(totalFound)} eggs.\n`;
  answerCot += `The total number of hidden eggs still in the yard is ${totalEggs} - ${floatRepr(totalFound)} = ${floatRepr(remaining)} eggs.\n#### ${floatRepr(remaining)}`;
  return {
    question,
    answer: formatNumber(remaining),
    answer_cot: answerCot,
    answer_value: remaining,
    variables: {
      name1,
      name2,
      name3,
      name4,
      name5,
      num_dozen: numDozen,
      found_first: foundFirst,
      multiplier,
      less_amount: lessAmount,
      fraction,
      total_eggs: totalEggs,
      total_found: totalFound,
      remaining,
    },
  };
}

function generate89(rng: PyRandom, difficulty: number): GsmSolution {
  const names = [
    "Emma",
    "Liam",
    "Olivia",
    "Noah",
    "Ava",
    "Oliver",
    "Isabella",
    "William",
    "Sophia",
    "James",
    "Charlotte",
    "Benjamin",
    "Mia",
    "Lucas",
    "Harper",
  ];
  const [name1, name2, name3, name4, name5] = rng.sample(names, 5) as [
    string,
    string,
    string,
    string,
    string,
  ];
  let numDozen = rng.randint(2, Math.trunc(10 * difficulty));
  let foundFirst = rng.randint(3, Math.trunc(15 * difficulty));
  const multiplier = 2.0;
  let lessAmount = rng.randint(1, Math.trunc(5 * difficulty));
  const fraction = 0.5;
  let total = numDozen * 12;
  let foundSecond = foundFirst * multiplier;
  let foundThird = foundSecond - lessAmount;
  let foundFourth = foundThird * fraction;
  let totalFound = foundFirst + foundSecond + foundThird + foundFourth;
  while (!(foundThird > 0) || !(total > totalFound) || !Number.isInteger(foundFourth)) {
    numDozen = rng.randint(2, Math.trunc(10 * difficulty));
    foundFirst = rng.randint(3, Math.trunc(15 * difficulty));
    lessAmount = rng.randint(1, Math.trunc(5 * difficulty));
    total = numDozen * 12;
    foundSecond = foundFirst * multiplier;
    foundThird = foundSecond - lessAmount;
    foundFourth = foundThird * fraction;
    totalFound = foundFirst + foundSecond + foundThird + foundFourth;
  }
  return solve89(
    name1,
    name2,
    name3,
    name4,
    name5,
    numDozen,
    foundFirst,
    multiplier,
    lessAmount,
    fraction,
  );
}

function solve90(
  device: string,
  currency: string,
  rate1: number,
  rate2: number,
  threshold: number,
  totalMins: number,
): GsmSolution {
  const firstPeriod = threshold;
  const secondPeriod = totalMins - threshold;
  const cost1 = firstPeriod * rate1;
  const cost2 = secondPeriod * rate2;
  const totalCost = Math.trunc(cost1 + cost2);
  const question = `To make a call from a ${device}, you must pay ${currency}${floatRepr(rate1)} for each minute of your call. After ${threshold} minutes, that price drops to ${currency}${floatRepr(rate2)} per minute. How much would a ${totalMins}-minute call cost?`;
  const answerCot = `First ${threshold} minutes would be a cost of ${threshold} * ${floatRepr(rate1)} = ${currency}${Math.trunc(cost1)}.\nAfter that, there are ${totalMins} - ${threshold} = ${secondPeriod} minutes of the call left.\nAnd these ${secondPeriod} minutes cost ${secondPeriod} * ${floatRepr(rate2)} = ${currency}${Math.trunc(cost2)}.\nSo in total, the ${totalMins}-minute call would cost ${Math.trunc(cost1)} + ${Math.trunc(cost2)} = ${currency}${totalCost}.\n#### ${totalCost}`;
  return {
    question,
    answer: formatNumber(totalCost),
    answer_cot: answerCot,
    answer_value: totalCost,
    variables: {
      device,
      currency,
      rate1,
      rate2,
      threshold,
      total_mins: totalMins,
      first_period_cost: Math.trunc(cost1),
      second_period_cost: Math.trunc(cost2),
    },
  };
}

function generate90(rng: PyRandom, difficulty: number): GsmSolution {
  const devices = ["payphone", "phone booth", "hotel room phone"];
  const currencies = ["$", "£", "€"];
  const device = rng.choice(devices);
  const currency = rng.choice(currencies);
  const threshold = rng.randint(10, Math.min(Math.trunc(50 * difficulty), 40));
  const totalMins = threshold + rng.randint(10, Math.min(Math.trunc(50 * difficulty), 30));
  const rate1Base = rng.randint(20, Math.min(Math.trunc(50 * difficulty), 40));
  const rate2Base = rng.randint(10, rate1Base - 5);
  let rate1 = rate1Base / 100;
  let rate2 = rate2Base / 100;
  rate1 = pyRound(rate1, 2);
  rate2 = pyRound(rate2, 2);
  return solve90(device, currency, rate1, rate2, threshold, totalMins);
}

function solve91(
  name: string,
  fruit: string,
  area: string,
  fieldSize: number,
  density: number,
  months: number,
): GsmSolution {
  const fruitsPerHarvest = fieldSize * density;
  const harvestsPerYear = floorDiv(12, months);
  const totalFruits = fruitsPerHarvest * harvestsPerYear;
  const question = `${name} has ${fieldSize} ${area}s of a ${fruit} field. There are ${density} ${fruit}s per ${area}. ${name} can harvest his ${fruit}s every ${months} months. How many ${fruit}s can ${name} harvest within a year?`;
  const answerCot = `${name} has ${density} x ${fieldSize}= ${fruitsPerHarvest} ${fruit}s on his field.\n${name} can harvest his ${fruit}s 12 ÷ ${months} = ${harvestsPerYear} times per year\nTherefore ${name} can harvest ${fruitsPerHarvest} x ${harvestsPerYear} = ${totalFruits} ${fruit}s per year.\n#### ${totalFruits}`;
  return {
    question,
    answer: formatNumber(totalFruits),
    answer_cot: answerCot,
    answer_value: totalFruits,
    variables: {
      name,
      fruit,
      area,
      field_size: fieldSize,
      density,
      months_per_harvest: months,
      fruits_per_harvest: fruitsPerHarvest,
      harvests_per_year: harvestsPerYear,
    },
  };
}

function generate91(rng: PyRandom, difficulty: number): GsmSolution {
  const names = ["John", "Michael", "David", "James", "Robert", "William", "Richard"];
  const fruits = ["pineapple", "mango", "banana", "papaya", "coconut"];
  const areas = ["hectare", "square yard", "square meter"];
  const name = rng.choice(names);
  const fruit = rng.choice(fruits);
  const area = rng.choice(areas);
  const fieldSize = rng.randrange(5, Math.trunc(100 * difficulty), 5);
  const density = rng.randint(2, Math.trunc(101 * difficulty));
  const months = rng.choice([1, 2, 3, 4, 6, 12]);
  return solve91(name, fruit, area, fieldSize, density, months);
}

function solve92(
  name: string,
  product: string,
  location: string,
  item1: string,
  item2: string,
  item3: string,
  price1: number,
  price2: number,
  price3: number,
  num1: number,
  num2: number,
  num3: number,
  unit: string,
  currency: string,
): GsmSolution {
  const roundP1 = pyRound(price1);
  const roundP2 = pyRound(price2);
  const roundP3 = pyRound(price3);
  const total = num1 * roundP1 + num2 * roundP2 + num3 * roundP3;
  const question = `${name} has a ${product} stand at the ${location}. He sells three kinds of ${product}s: ${item1}, ${item2} and ${item3}. He usually sells ${item1} for ${currency}${fixed(price1, 2)} per ${unit}, ${item2} for ${currency}${fixed(price2, 2)} per ${unit} and ${item3} for ${currency}${fixed(price3, 2)} per ${unit}. ${name} has no change today, so he has decided to round all his prices to the nearest dollar. If ${name} sells ${num1} ${unit}s of ${item1}, ${num2} ${unit}s of ${item2} and ${num3} ${unit}s of ${item3}, how much will he make?`;
  let answerCot = `${name} will round his ${item1} ${roundP1 > price1 ? "up" : "down"} from ${currency}${fixed(price1, 2)} to ${currency}${roundP1}, since the number following the ${Math.trunc(price1)} is ${roundP1 > price1 ? "5 or higher" : "less than 5"}.\n`;
  answerCot += `${name} will round his ${item2} ${roundP2 > price2 ? "up" : "down"} from ${currency}${fixed(price2, 2)} to ${currency}${roundP2}, since the number following the ${Math.trunc(price2)} is ${roundP2 > price2 ? "5 or higher" : "less than 5"}.\n`;
  answerCot += `${name} will round his ${item3} ${roundP3 > price3 ? "up" : "down"} from ${currency}${fixed(price3, 2)} to ${currency}${roundP3}, since the number following the ${Math.trunc(price3)} is ${roundP3 > price3 ? "5 or higher" : "less than 5"}.\n`;
  answerCot += `${name} sells ${num1} ${item1} x ${currency}${roundP1} = ${currency}${num1 * roundP1}\n`;
  answerCot += `${name} sells ${num2} ${item2} x ${currency}${roundP2} = ${currency}${num2 * roundP2}\n`;
  answerCot += `${name} sells ${num3} ${item3} x ${currency}${roundP3} = ${currency}${num3 * roundP3}\n`;
  answerCot += `Altogether, ${name} will make ${currency}${num1 * roundP1} + ${currency}${num2 * roundP2} + ${currency}${num3 * roundP3} = ${currency}${total}\n#### ${total}`;
  return {
    question,
    answer: formatNumber(total),
    answer_cot: answerCot,
    answer_value: total,
    variables: {
      name,
      product,
      location,
      items: [item1, item2, item3],
      original_prices: [price1, price2, price3],
      rounded_prices: [roundP1, roundP2, roundP3],
      quantities: [num1, num2, num3],
      unit,
      currency,
    },
  };
}

function generate92(rng: PyRandom, difficulty: number): GsmSolution {
  const names = ["John", "Mike", "David", "James", "Robert", "William", "Richard"];
  const products = ["vegetable", "flower", "herb", "plant"];
  const locations = ["local fair", "community market", "street bazaar", "town square"];
  const items = ["roses", "daisies", "tulips", "lilies", "sunflowers", "orchids"];
  const units = ["bunch", "basket", "bouquet", "bundle"];
  const currencies = ["$", "£", "€"];
  const name = rng.choice(names);
  const product = rng.choice(products);
  const location = rng.choice(locations);
  const [item1, item2, item3] = rng.sample(items, 3) as [string, string, string];
  const unit = rng.choice(units);
  const currency = rng.choice(currencies);
  const price1 = pyRound(rng.uniform(1.26, 3.53 * difficulty), 2);
  const price2 = pyRound(rng.uniform(2.27, 5.53 * difficulty), 2);
  const price3 = pyRound(rng.uniform(4.85, 6.53 * difficulty), 2);
  const num1 = rng.randint(5, Math.trunc(21 * difficulty));
  const num2 = rng.randint(15, Math.trunc(31 * difficulty));
  const num3 = rng.randint(35, Math.trunc(41 * difficulty));
  return solve92(
    name,
    product,
    location,
    item1,
    item2,
    item3,
    price1,
    price2,
    price3,
    num1,
    num2,
    num3,
    unit,
    currency,
  );
}

function solve93(
  name1: string,
  name2: string,
  name3: string,
  name4: string,
  creature: string,
  weapon1: string,
  weapon2: string,
  weapon3: string,
  weapon4: string,
  weapon5: string,
  n1: number,
  frac1: number,
  mult1: number,
  frac2: number,
): GsmSolution {
  const killsArthur = Math.trunc(n1 * frac1);
  const killsWalter = killsArthur * mult1;
  const killsBruce = Math.trunc(killsWalter * frac2);
  const question = `${name1} slew ${n1} ${creature} with his mighty ${weapon1}, while ${name2}, using a ${weapon2}, slew ${floatRepr(frac1)} as many ${creature} as ${name1}. Using a ${weapon3}, ${name3} slew ${mult1} as many ${creature} as ${name2}. But ${name4}, having forgot his ${weapon4} at home, slew ${floatRepr(frac2)} as many ${creature} as ${name3} using a ${weapon5}. How many ${creature} has ${name4} slain?`;
  const answerCot = `${name2} slew ${floatRepr(frac1)} as many ${creature} as ${name1}, or ${n1}*${floatRepr(frac1)}=${killsArthur} ${creature}.\n${name3} slew ${mult1} as many ${creature} as ${name2}, or ${mult1}*${killsArthur}=${killsWalter} ${creature}.\n${name4} slew ${floatRepr(frac2)} as many ${creature} as ${name3}, or ${killsWalter}*${floatRepr(frac2)}=${killsBruce} ${creature}.\n#### ${killsBruce}`;
  return {
    question,
    answer: formatNumber(killsBruce),
    answer_cot: answerCot,
    answer_value: killsBruce,
    variables: {
      name1,
      name2,
      name3,
      name4,
      creature,
      weapon1,
      weapon2,
      weapon3,
      weapon4,
      weapon5,
      initial_kills: n1,
      fraction1: frac1,
      multiplier: mult1,
      fraction2: frac2,
      kills_arthur: killsArthur,
      kills_walter: killsWalter,
      kills_bruce: killsBruce,
    },
  };
}

function generate93(rng: PyRandom, difficulty: number): GsmSolution {
  const namesMale = [
    "Arthur",
    "Bruce",
    "Charles",
    "David",
    "Edward",
    "Frederick",
    "George",
    "Henry",
  ];
  const creatures = ["ogres", "trolls", "goblins", "orcs", "giants"];
  const weapons1 = ["sword", "mace", "battle axe", "war hammer"];
  const weapons2 = ["spear", "lance", "javelin", "halberd"];
  const weapons3 = ["rusty iron axe", "wooden club", "stone hammer", "bone dagger"];
  const weapons4 = ["sword", "axe", "mace", "hammer"];
  const weapons5 = ["nail file", "butter knife", "wooden spoon", "feather"];
  const fractions = [0.25, 0.5, 0.75];
  const multipliers = [2, 3, 4];
  const [name1, name2, name3, name4] = rng.sample(namesMale, 4) as [string, string, string, string];
  const creature = rng.choice(creatures);
  const weapon1 = rng.choice(weapons1);
  const weapon2 = rng.choice(weapons2);
  const weapon3 = rng.choice(weapons3);
  const weapon4 = rng.choice(weapons4);
  const weapon5 = rng.choice(weapons5);
  let n1 = rng.randrange(50, Math.trunc(500 * difficulty), 50);
  const frac1 = rng.choice(fractions);
  const mult1 = rng.choice(multipliers);
  const frac2 = rng.choice(fractions);
  while (
    !Number.isInteger(n1 * frac1) ||
    !Number.isInteger(n1 * frac1 * mult1) ||
    !Number.isInteger(n1 * frac1 * mult1 * frac2)
  ) {
    n1 = rng.randrange(50, Math.trunc(500 * difficulty), 50);
  }
  return solve93(
    name1,
    name2,
    name3,
    name4,
    creature,
    weapon1,
    weapon2,
    weapon3,
    weapon4,
    weapon5,
    n1,
    frac1,
    mult1,
    frac2,
  );
}

function solve94(
  name: string,
  numShares: number,
  pricePerShare: number,
  increasePct: number,
  decreasePct: number,
): GsmSolution {
  const initialValue = numShares * pricePerShare;
  const firstIncrease = (initialValue * increasePct) / 100;
  const valueAfterIncrease = initialValue + firstIncrease;
  const secondDecrease = (valueAfterIncrease * decreasePct) / 100;
  const finalValue = valueAfterIncrease - secondDecrease;
  const question = `${name} buys ${numShares} shares of a stock for $${pricePerShare} each. The stock price increases ${increasePct}% the first year ${name} holds it, then decreases ${decreasePct}% in the second year. What is the final value of all ${name}'s shares?`;
  const answerCot = `First find the initial total value of ${name}'s purchase: ${numShares} shares * $${pricePerShare}/share = $${initialValue}\nThen find the amount of the first price increase: $${initialValue} * ${floatRepr(increasePct / 100)} = $${Math.trunc(firstIncrease)}\nAdd that amount to the initial value to find the value after the first year: $${initialValue} + $${Math.trunc(firstIncrease)} = $${Math.trunc(valueAfterIncrease)}\nThen multiply that amount by ${decreasePct}% to find the amount of the decrease in the second year: $${Math.trunc(valueAfterIncrease)} * ${decreasePct}% = $${Math.trunc(secondDecrease)}\nThen subtract that amount from the value after the first year to find the final value: $${Math.trunc(valueAfterIncrease)} - $${Math.trunc(secondDecrease)} = $${Math.trunc(finalValue)}\n#### ${Math.trunc(finalValue)}`;
  return {
    question,
    answer: formatNumber(Math.trunc(finalValue)),
    answer_cot: answerCot,
    answer_value: Math.trunc(finalValue),
    variables: {
      name,
      num_shares: numShares,
      price_per_share: pricePerShare,
      increase_pct: increasePct,
      decrease_pct: decreasePct,
      initial_value: initialValue,
      final_value: Math.trunc(finalValue),
    },
  };
}

function generate94(rng: PyRandom, difficulty: number): GsmSolution {
  const names = ["Maria", "Sarah", "Emma", "Isabella", "Sophia", "Mia", "Charlotte"];
  const name = rng.choice(names);
  let numShares = rng.randint(5, Math.trunc(20 * difficulty));
  let pricePerShare = rng.randint(5, Math.trunc(100 * difficulty));
  let increasePct = rng.randrange(10, Math.trunc(100 * difficulty), 5);
  let decreasePct = rng.randrange(5, Math.trunc(50 * difficulty), 5);
  while (
    !Number.isInteger((numShares * pricePerShare * increasePct) / 100) ||
    !Number.isInteger(numShares * pricePerShare * (1 + increasePct / 100) * (1 - decreasePct / 100))
  ) {
    numShares = rng.randint(5, Math.trunc(20 * difficulty));
    pricePerShare = rng.randint(5, Math.trunc(100 * difficulty));
    increasePct = rng.randrange(10, Math.trunc(100 * difficulty), 5);
    decreasePct = rng.randrange(5, Math.trunc(50 * difficulty), 5);
  }
  return solve94(name, numShares, pricePerShare, increasePct, decreasePct);
}

function solve95(
  name1: string,
  name2: string,
  relation: string,
  food: string,
  n1: number,
  n2: number,
  n3: number,
  timeUnit: string,
  timePeriod: string,
): GsmSolution {
  const dailyTotal = n1 + n2 + n3;
  const total = dailyTotal * (timePeriod === "week" ? 7 : 30);
  const question = `${name1} eats ${n1} ${food} per ${timeUnit}, ${name2} eats ${n2} ${food} per ${timeUnit}, and their ${relation} eats ${n3} ${food} per ${timeUnit}. How many ${food} does this family eat in one ${timePeriod}?`;
  const answerCot = `The number of ${food} they eat in one ${timeUnit} is ${n1} + ${n2} + ${n3} = ${dailyTotal} ${food}.\nThe number of ${food} they eat in a ${timePeriod} is ${dailyTotal} * ${timePeriod === "week" ? 7 : 30} = ${total} ${food}.\n#### ${total}`;
  return {
    question,
    answer: formatNumber(total),
    answer_cot: answerCot,
    answer_value: total,
    variables: {
      name1,
      name2,
      relation,
      food,
      daily_servings1: n1,
      daily_servings2: n2,
      daily_servings3: n3,
      daily_total: dailyTotal,
      time_unit: timeUnit,
      time_period: timePeriod,
    },
  };
}

function generate95(rng: PyRandom, difficulty: number): GsmSolution {
  const name1Options = ["A father", "A grandfather", "An uncle"];
  const name2Options = ["his wife", "his partner", "his spouse"];
  const relationOptions = ["daughter", "son", "grandchild"];
  const foodOptions = ["pizzas", "burritos", "tacos", "sushi rolls", "hamburgers"];
  const name1 = rng.choice(name1Options);
  const name2 = rng.choice(name2Options);
  const relation = rng.choice(relationOptions);
  const food = rng.choice(foodOptions);
  const n1 = rng.randint(2, Math.trunc(9 * difficulty));
  const n2 = rng.randint(2, Math.trunc(9 * difficulty));
  const n3 = rng.randint(2, Math.trunc(9 * difficulty));
  const timeUnit = "day";
  const timePeriod = rng.choice(["week", "month"]);
  return solve95(name1, name2, relation, food, n1, n2, n3, timeUnit, timePeriod);
}

function solve96(
  name: string,
  food: string,
  animal1: string,
  animal2: string,
  n1: number,
  n2: number,
  k1: number,
  k2: number,
  unit: string,
): GsmSolution {
  const animal2Amount = 2 * n1 - n2;
  const animal2Total = k2 * animal2Amount;
  const animal1Total = k1 * n1;
  const total = animal1Total + animal2Total;
  const question = `${name} is feeding his livestock ${food}. Each ${animal1} needs ${n1} ${unit}, and each ${animal2} needs ${n2} ${unit} less than twice the amount each ${animal1} needs. If there are ${k1} ${animal1}s and ${k2} ${animal2}s, how many ${unit} of ${food} does ${name} need?`;
  const answerCot = `First figure out how much ${food} each ${animal2} needs: ${n1} ${unit} * 2 - ${n2} = ${animal2Amount} ${unit}/${animal2}\nNow figure out how much ${food} total the ${animal2}s need: ${animal2Amount} ${unit}/${animal2} * ${k2} ${animal2} = ${animal2Total} ${unit}\nNow figure out how much ${food} total the ${animal1}s need: ${n1} ${unit}/${animal1} * ${k1} ${animal1}s = ${animal1Total} ${unit}\nNow add the two amounts of ${food} to find the total: ${animal2Total} ${unit} + ${animal1Total} ${unit} = ${total} ${unit}\n#### ${total}`;
  return {
    question,
    answer: formatNumber(total),
    answer_cot: answerCot,
    answer_value: total,
    variables: {
      name,
      food,
      animal1,
      animal2,
      n1,
      n2,
      k1,
      k2,
      unit,
      animal2_amount: animal2Amount,
      animal2_total: animal2Total,
      animal1_total: animal1Total,
    },
  };
}

function generate96(rng: PyRandom, difficulty: number): GsmSolution {
  const names = ["John", "Michael", "David", "James", "Robert", "William", "Richard"];
  const foods = ["hay", "grain", "feed", "silage"];
  const animals = ["goat", "cow", "horse", "donkey", "llama", "alpaca", "pig", "turkey", "duck"];
  const units = ["pounds", "kilograms", "kg"];
  const name = rng.choice(names);
  const food = rng.choice(foods);
  const [animal1, animal2] = rng.sample(animals, 2) as [string, string];
  const unit = rng.choice(units);
  let n1 = rng.randint(3, Math.trunc(15 * difficulty));
  let n2 = rng.randint(1, Math.trunc(10 * difficulty));
  while (2 * n1 - n2 <= 0) {
    n1 = rng.randint(3, Math.trunc(15 * difficulty));
    n2 = rng.randint(1, Math.trunc(10 * difficulty));
  }
  const k1 = rng.randint(10, Math.trunc(50 * difficulty));
  const k2 = rng.randint(10, Math.trunc(50 * difficulty));
  return solve96(name, food, animal1, animal2, n1, n2, k1, k2, unit);
}

function solve97(
  name: string,
  multRun: number,
  fracSkip: number,
  skipSpeed: number,
  totalTime: number,
  fracRun: number,
  fracWalk: number,
): GsmSolution {
  const runSpeed = skipSpeed / fracSkip;
  const walkSpeed = runSpeed / multRun;
  const walkHours = totalTime * fracWalk;
  const runHours = totalTime * fracRun;
  const runDist = runHours * runSpeed;
  const walkDist = walkHours * walkSpeed;
  const totalDist = Math.trunc(runDist + walkDist);
  const question = `${name} can run ${multRun} times faster than she can walk, but she can skip at a rate of speed that is ${fixed(fracSkip, 1)} as fast as she can run. If she can skip at ${skipSpeed} miles per hour, how many miles can she travel in ${totalTime} hours if she spends ${fixed(fracRun, 2)} of the time running and ${fixed(fracWalk, 2)} of the time walking?`;
  const answerCot = `If ${name} can skip at ${fixed(fracSkip, 1)} the speed she can run, then she can run at ${skipSpeed}*${fixed(1 / fracSkip, 1)}=${floatRepr(runSpeed)} miles per hour.\n        And since she can run at a speed that is ${multRun} times faster than she can walk, this means she can walk at ${floatRepr(runSpeed)}/${multRun}=${floatRepr(walkSpeed)} miles per hour.\n        If ${fixed(fracWalk, 2)} of the time is spent walking, then she walks for ${totalTime}*${fixed(fracWalk, 2)}=${floatRepr(walkHours)} hours.\n        If ${fixed(fracRun, 2)} of the time is spent running, then she runs for ${totalTime}-${floatRepr(walkHours)}=${floatRepr(runHours)} hours.\n        Thus, she runs for ${floatRepr(runHours)} hours at ${floatRepr(runSpeed)} miles per hour, or ${floatRepr(runHours)}*${floatRepr(runSpeed)}=${floatRepr(runDist)} miles.\n        She walks for ${floatRepr(walkHours)} hours at ${floatRepr(walkSpeed)} miles per hour, or ${floatRepr(walkHours)}*${floatRepr(walkSpeed)}=${floatRepr(walkDist)} miles.\n        Thus, altogether, she travels ${floatRepr(runDist)}+${floatRepr(walkDist)}=${totalDist} miles.\n        #### ${totalDist}`;
  return {
    question,
    answer: formatNumber(totalDist),
    answer_cot: answerCot,
    answer_value: totalDist,
    variables: {
      name,
      mult_run: multRun,
      frac_skip: fracSkip,
      skip_speed: skipSpeed,
      total_time: totalTime,
      frac_run: fracRun,
      frac_walk: fracWalk,
      run_speed: runSpeed,
      walk_speed: walkSpeed,
      total_dist: totalDist,
    },
  };
}

function generate97(rng: PyRandom, difficulty: number): GsmSolution {
  const names = ["Dana", "Emma", "Sarah", "Julia", "Sophie", "Maria"];
  const name = rng.choice(names);
  const fracSkip = 0.5;
  const fracRun = 1 / 3;
  const fracWalk = 2 / 3;
  const validSkipSpeeds = [2, 3, 4, 5, 6];
  const skipSpeed = rng.choice(validSkipSpeeds);
  const skipRate = skipSpeed / fracSkip;
  const multRun = rng.randint(2, Math.min(Math.trunc(6 * difficulty), 5));
  const baseTime = 6;
  const maxTime = Math.min(Math.trunc(12 * difficulty), 12);
  let validTimes = range(baseTime, maxTime + 1, baseTime).filter((t) =>
    Number.isInteger(t * fracWalk * (skipRate / multRun)),
  );
  if (validTimes.length === 0) {
    validTimes = [6];
  }
  const totalTime = rng.choice(validTimes);
  return solve97(name, multRun, fracSkip, skipSpeed, totalTime, fracRun, fracWalk);
}

function solve98(
  name: string,
  vehicle: string,
  weightVehicle: number,
  item: string,
  weightItem: number,
  passengerType: string,
  numPassengers: number,
  weightPassenger: number,
  unit: string,
  forcePercent: number,
): GsmSolution {
  const totalPassengerWeight = numPassengers * weightPassenger;
  const totalWeight = weightVehicle + weightItem + totalPassengerWeight;
  const forceNeeded = Math.trunc((totalWeight * forcePercent) / 100);
  const question = `${name}'s ${vehicle} breaks down. The ${vehicle} weighs ${weightVehicle} ${unit} and he has ${item} in it weighing ${weightItem} ${unit}. He also has his ${numPassengers} young ${passengerType} who weigh ${weightPassenger} ${unit} each in it. If the force to move the ${vehicle} is ${forcePercent}% of the weight, how much force does he need to push the ${vehicle}?`;
  const answerCot = `His ${numPassengers} ${passengerType} weigh ${weightPassenger}*${numPassengers}=${totalPassengerWeight} ${unit}\nSo the total weight of the ${vehicle} and everything is ${weightVehicle}+${weightItem}+${totalPassengerWeight}=${totalWeight} ${unit}\nSo he needs to generate ${totalWeight}*${floatRepr(forcePercent / 100)}=${forceNeeded} ${unit}\n#### ${forceNeeded}`;
  return {
    question,
    answer: formatNumber(forceNeeded),
    answer_cot: answerCot,
    answer_value: forceNeeded,
    variables: {
      name,
      vehicle,
      weight_vehicle: weightVehicle,
      item,
      weight_item: weightItem,
      passenger_type: passengerType,
      num_passengers: numPassengers,
      weight_passenger: weightPassenger,
      unit,
      force_percent: forcePercent,
      total_weight: totalWeight,
    },
  };
}

function generate98(rng: PyRandom, difficulty: number): GsmSolution {
  const names = ["John", "Michael", "David", "James", "Robert", "William", "Richard"];
  const vehicles = ["car", "van", "truck", "SUV"];
  const items = ["luggage", "groceries", "equipment", "furniture"];
  const passengerTypes = ["children", "friends", "colleagues", "teammates"];
  const units = ["pounds", "kilograms"];
  const name = rng.choice(names);
  const vehicle = rng.choice(vehicles);
  const item = rng.choice(items);
  const passengerType = rng.choice(passengerTypes);
  const unit = rng.choice(units);
  const weightVehicle = rng.randrange(10, Math.min(Math.trunc(30 * difficulty), 25)) * 100;
  const weightItem = rng.randrange(1, Math.min(Math.trunc(5 * difficulty), 4)) * 100;
  const weightPassenger = rng.randrange(10, Math.min(Math.trunc(20 * difficulty), 15)) * 5;
  const numPassengers = rng.randint(2, Math.min(Math.trunc(5 * difficulty), 4));
  const forcePercent = 5 * rng.randint(1, Math.min(Math.trunc(1.2 * difficulty), 3));
  return solve98(
    name,
    vehicle,
    weightVehicle,
    item,
    weightItem,
    passengerType,
    numPassengers,
    weightPassenger,
    unit,
    forcePercent,
  );
}

function solve99(
  name: string,
  currency: string,
  initialAmount: number,
  quantity: number,
  item: string,
  storeType: string,
  unitPrice: number,
): GsmSolution {
  const totalCost = quantity * unitPrice;
  const remaining = initialAmount - totalCost;
  const question = `${name} has ${currency}${fixed(initialAmount, 2)} and wants to buy ${quantity} ${item}s from a bin at the ${storeType} store. Each ${item} costs ${currency}${fixed(unitPrice, 2)}. How much money does ${name} have left after paying for the ${item}s?`;
  const answerCot = `${name} paid ${quantity} * ${currency}${fixed(unitPrice, 2)} = ${currency}${fixed(totalCost, 2)} for the ${item}s.\n${name} has ${currency}${fixed(initialAmount, 2)} - ${currency}${fixed(totalCost, 2)} = ${currency}${Math.trunc(remaining)} left.\n#### ${Math.trunc(remaining)}`;
  return {
    question,
    answer: formatNumber(Math.trunc(remaining)),
    answer_cot: answerCot,
    answer_value: Math.trunc(remaining),
    variables: {
      name,
      currency,
      initial_amount: initialAmount,
      quantity,
      item,
      store_type: storeType,
      unit_price: unitPrice,
      total_cost: totalCost,
      remaining,
    },
  };
}

function generate99(rng: PyRandom, difficulty: number): GsmSolution {
  const names = ["David", "John", "Michael", "James", "William", "Robert"];
  const currencies = ["$", "€", "£"];
  const items = ["screw", "nail", "washer", "nut", "anchor"];
  const storeTypes = ["hardware", "home improvement", "construction supply"];
  const name = rng.choice(names);
  const currency = rng.choice(currencies);
  const item = rng.choice(items);
  const storeType = rng.choice(storeTypes);
  const quantity = rng.randint(15, Math.trunc(60 * difficulty));
  const unitPrice = pyRound(rng.uniform(0.01, Math.min(1.0, 1.0 * difficulty)), 2);
  const totalCost = quantity * unitPrice;
  const remaining = rng.randint(1, Math.trunc(100 * difficulty));
  const initialAmount = totalCost + remaining;
  return solve99(name, currency, initialAmount, quantity, item, storeType, unitPrice);
}

/** Templates 75 to 99, in order. */
export const TEMPLATES_75_99: readonly GsmTemplate[] = [
  generate75,
  generate76,
  generate77,
  generate78,
  generate79,
  generate80,
  generate81,
  generate82,
  generate83,
  generate84,
  generate85,
  generate86,
  generate87,
  generate88,
  generate89,
  generate90,
  generate91,
  generate92,
  generate93,
  generate94,
  generate95,
  generate96,
  generate97,
  generate98,
  generate99,
];
